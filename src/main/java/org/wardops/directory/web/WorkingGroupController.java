package org.wardops.directory.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.wardops.directory.DirectoryManagement;
import org.wardops.directory.UnitView;
import org.wardops.directory.WorkingGroupView;
import org.wardops.shared.DeploymentSettings;

import java.util.List;
import java.util.UUID;

/** Working groups and the units they supervise. */
@Controller
public class WorkingGroupController {

    /** A working group in the list, with how many units it supervises. */
    public record GroupRow(UnitView group, int unitCount) {
    }

    private final DirectoryManagement directory;
    private final DeploymentSettings deployment;

    WorkingGroupController(DirectoryManagement directory, DeploymentSettings deployment) {
        this.directory = directory;
        this.deployment = deployment;
    }

    @GetMapping("/working-groups")
    String list(Model model) {
        List<GroupRow> rows = directory.workingGroups(deployment.provinceCode()).stream()
                .map(group -> new GroupRow(group, directory.unitsSupervisedBy(group.id()).size()))
                .toList();
        model.addAttribute("groups", rows);
        return "directory/workingGroups";
    }

    @GetMapping("/working-groups/{id}")
    String group(@PathVariable UUID id, Model model) {
        WorkingGroupView view = directory.workingGroup(id);
        model.addAttribute("view", view);
        return "directory/workingGroup";
    }
}
