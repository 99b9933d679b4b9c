package org.wardops.difficulties.web;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.wardops.difficulties.BoardView;
import org.wardops.difficulties.CategoryView;
import org.wardops.difficulties.CommonDifficultyManagement;
import org.wardops.difficulties.DifficultyManagement;
import org.wardops.difficulties.OverviewView;
import org.wardops.directory.DirectoryManagement;
import org.wardops.directory.UnitView;
import org.wardops.shared.DeploymentSettings;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;

import java.util.List;
import java.util.UUID;

/** The working group's board (units by category, overdue, suggestions waiting) and the city overview. */
@Controller
public class DifficultyBoardController {

    /** The board page; {@code groups} lets city-wide readers pick a working group. */
    public record BoardPageView(@Nullable BoardView board, List<UnitView> groups, List<CategoryView> categories, boolean mayGroup,
                                int suggestionsWaiting) {
    }

    /** The overview page. */
    public record OverviewPageView(OverviewView overview, List<CategoryView> categories) {
    }

    private final DifficultyManagement difficulties;
    private final CommonDifficultyManagement commons;
    private final DirectoryManagement directory;
    private final DeploymentSettings deployment;

    DifficultyBoardController(DifficultyManagement difficulties, CommonDifficultyManagement commons, DirectoryManagement directory,
                              DeploymentSettings deployment) {
        this.difficulties = difficulties;
        this.commons = commons;
        this.directory = directory;
        this.deployment = deployment;
    }

    @GetMapping("/difficulties/board")
    String board(@RequestParam(required = false) @Nullable UUID group, Model model) {
        Actor actor = CurrentActor.get();
        UUID groupId = group != null ? group : actor.workingGroupId();
        List<UnitView> groups = actor.scope().cityWide() ? directory.workingGroups(deployment.provinceCode()) : List.of();
        BoardView board = groupId == null ? null : difficulties.board(groupId);
        // Readers who do not group (the auditor, the city's other readers) see the board without the suggestions waiting.
        boolean mayGroup = commons.mayGroup();
        int waiting = board == null || !mayGroup ? 0 : commons.suggestions(groupId).size();
        model.addAttribute("view", new BoardPageView(board, groups, difficulties.categories(), mayGroup, waiting));
        return "difficulties/board";
    }

    @GetMapping("/difficulties/overview")
    String overview(Model model) {
        model.addAttribute("view", new OverviewPageView(difficulties.overview(), difficulties.categories()));
        return "difficulties/overview";
    }
}
