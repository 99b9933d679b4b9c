package org.wardops.difficulties.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.wardops.difficulties.DifficultyFiguresManagement;

import java.util.Map;

@RestController
@Tag(name = "Difficulties")
class DifficultyFiguresApiController {

    private final DifficultyFiguresManagement figures;

    DifficultyFiguresApiController(DifficultyFiguresManagement figures) {
        this.figures = figures;
    }

    @PostMapping("/api/v1/difficulties/figures/republish")
    @Operation(operationId = "republishDifficultyFigures", summary = "Publish every unit-month's difficulty figures to indicators again (administrators)",
            description = "difficulties.submitted, difficulties.answered, difficulties.answeredOnTime, difficulties.open per submitting unit and month of submission; answers {unitMonths}")
    Map<String, Integer> republish() {
        return Map.of("unitMonths", figures.republishAll());
    }
}
