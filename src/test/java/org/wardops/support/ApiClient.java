package org.wardops.support;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Obtains API tokens the way a client does, through {@code POST /api/v1/auth/tokens}. */
public class ApiClient {

    private final MockMvc mvc;
    private final JsonMapper json;

    ApiClient(MockMvc mvc, JsonMapper json) {
        this.mvc = mvc;
        this.json = json;
    }

    public String bearer(String username) throws Exception {
        MvcResult result = mvc.perform(post("/api/v1/auth/tokens").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + username + "\",\"password\":\"wardops-demo\"}")
                        .with(request -> {
                            request.setRemoteAddr("10.0.0." + Math.abs(username.hashCode() % 250));
                            return request;
                        }))
                .andReturn();
        if (result.getResponse().getStatus() != 201) {
            throw new IllegalStateException("No token for " + username + ": " + result.getResponse().getContentAsString());
        }
        return "Bearer " + json.readTree(result.getResponse().getContentAsString()).get("token").asString();
    }

    public JsonNode read(MvcResult result) throws Exception {
        return json.readTree(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
    }
}
