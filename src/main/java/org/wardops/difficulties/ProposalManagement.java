package org.wardops.difficulties;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wardops.audit.AuditTrail;
import org.wardops.difficulties.internal.ProposalDocuments;
import org.wardops.directory.DirectoryManagement;
import org.wardops.directory.GroupRole;
import org.wardops.directory.UnitView;
import org.wardops.directory.WorkingGroupView;
import org.wardops.documents.DocumentFormat;
import org.wardops.documents.DocumentManagement;
import org.wardops.documents.DocumentStyle;
import org.wardops.documents.FormalDocument;
import org.wardops.documents.RenderedDocument;
import org.wardops.shared.DeploymentSettings;
import org.wardops.shared.time.LocalTime;
import org.wardops.difficulties.internal.ProposalStore;
import org.wardops.shared.AccessRefusedException;
import org.wardops.shared.ConflictException;
import org.wardops.shared.Ids;
import org.wardops.shared.InvalidInputException;
import org.wardops.shared.InvalidInputException.FieldProblem;
import org.wardops.shared.NotFoundException;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;
import org.wardops.shared.security.Role;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Proposals to the city leadership built from common difficulties: drafted and submitted by a working group (or the
 * city office), decided by the city leadership, then implemented and done. The documents module renders
 * {@link #annex(UUID)} as the formal document's annex.
 */
@Service
@Transactional(readOnly = true)
public class ProposalManagement {

    private final ProposalStore proposals;
    private final CommonDifficultyManagement commons;
    private final AuditTrail audit;
    private final Clock clock;
    private final DirectoryManagement directory;
    private final DocumentManagement documents;
    private final DeploymentSettings deployment;

    ProposalManagement(ProposalStore proposals, CommonDifficultyManagement commons, AuditTrail audit, Clock clock,
                       DirectoryManagement directory, DocumentManagement documents, DeploymentSettings deployment) {
        this.directory = directory;
        this.documents = documents;
        this.deployment = deployment;
        this.proposals = proposals;
        this.commons = commons;
        this.audit = audit;
        this.clock = clock;
    }

    public List<ProposalView> proposals() {
        CurrentActor.get();
        return proposals.all().stream().map(this::view).toList();
    }

    public ProposalView proposal(UUID id) {
        CurrentActor.get();
        return view(load(id));
    }

    /** The proposal with one annex row per unit difficulty of its common difficulties (as far as the reader may see them). */
    public ProposalAnnex annex(UUID id) {
        ProposalView proposal = proposal(id);
        List<ProposalAnnex.Row> rows = new ArrayList<>();
        for (UUID commonId : proposal.commonDifficultyIds()) {
            CommonDifficultyView common = commons.commonDifficulty(commonId);
            common.members().forEach(member -> rows.add(new ProposalAnnex.Row(member.unitName(), common.title(), member.title(),
                    member.description(), member.recommendation())));
        }
        rows.sort(Comparator.comparing(ProposalAnnex.Row::unitName));
        return new ProposalAnnex(proposal, rows);
    }

    /**
     * The proposal as a formal submission (TỜ TRÌNH) of its working group, in the Party or the state format, with the
     * annex of every unit's own difficulty; dated the day the proposal was drawn up.
     */
    public RenderedDocument document(UUID id, DocumentFormat format, DocumentStyle style) {
        ProposalAnnex annex = annex(id);
        ProposalStore.Proposal proposal = load(id);
        String issuer = "";
        String superior = "";
        String leader = "";
        if (proposal.workingGroupId() != null) {
            WorkingGroupView group = directory.workingGroup(proposal.workingGroupId());
            issuer = group.group().name();
            superior = group.group().parentId() == null ? "" : directory.unit(group.group().parentId()).name();
            leader = group.members().stream().filter(member -> member.role() == GroupRole.LEADER)
                    .map(member -> member.person().fullName()).findFirst().orElse("");
        }
        String place = directory.unitByCode(deployment.provinceCode()).map(UnitView::name).orElse("");
        LocalDate drawnUp = proposal.createdAt().atZone(LocalTime.VIETNAM).toLocalDate();
        FormalDocument document = ProposalDocuments.proposal(annex, superior, issuer, leader, place, drawnUp, style);
        return documents.render(document, format, "to-trinh-" + drawnUp);
    }

    @Transactional
    public ProposalView create(NewProposal command) {
        Actor actor = CurrentActor.requireAnyRole(CommonDifficultyManagement.GROUPING_ROLES);
        List<FieldProblem> problems = new ArrayList<>();
        String title = DifficultyManagement.collect(problems, "title", command.title(), DifficultyManagement.TITLE_MAX);
        String problem = DifficultyManagement.collect(problems, "problem", command.problem(), DifficultyManagement.TEXT_MAX);
        String mechanism = DifficultyManagement.collect(problems, "mechanism", command.mechanism(), DifficultyManagement.TEXT_MAX);
        String body = DifficultyManagement.collect(problems, "decidingBody", command.decidingBody(), DifficultyManagement.TITLE_MAX);
        String decision = DifficultyManagement.collect(problems, "requestedDecision", command.requestedDecision(), DifficultyManagement.TEXT_MAX);
        List<UUID> commonIds = command.commonDifficultyIds() == null ? List.of() : List.copyOf(new LinkedHashSet<>(command.commonDifficultyIds()));
        if (commonIds.isEmpty()) {
            problems.add(FieldProblem.of("commonDifficultyIds", "difficulties.error.proposal.commonRequired"));
        }
        if (command.requestedBy() != null && command.requestedBy().isBefore(LocalDate.now(clock.withZone(org.wardops.shared.time.LocalTime.VIETNAM)))) {
            problems.add(FieldProblem.of("requestedBy", "difficulties.error.proposal.deadlinePast"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        commonIds.forEach(commons::commonDifficulty);
        ProposalStore.Proposal proposal = new ProposalStore.Proposal(Ids.next(), title, problem, mechanism, body, decision, command.requestedBy(),
                ProposalState.DRAFT, null, null, actor.workingGroupId(), clock.instant(), 0);
        proposals.insert(proposal, commonIds, actor.accountId());
        audit.record("difficulties.proposal.created", "Proposal", proposal.id(), actor.workingGroupId(), null, proposal);
        return view(proposal);
    }

    @Transactional
    public ProposalView submit(UUID id, long version) {
        CurrentActor.requireAnyRole(Role.WORKING_GROUP_LEADER, Role.CITY_LEADER, Role.SYSTEM_ADMIN);
        return move(id, version, ProposalState.DRAFT, ProposalState.SUBMITTED, null, null, "difficulties.proposal.submitted");
    }

    @Transactional
    public ProposalView decide(UUID id, long version, @Nullable String decisionText, @Nullable LocalDate decisionDate) {
        Actor actor = CurrentActor.get();
        if (!actor.hasRole(Role.CITY_LEADER) && !actor.isSystem()) {
            throw new AccessRefusedException("difficulties.error.proposal.cityLeadershipDecides");
        }
        List<FieldProblem> problems = new ArrayList<>();
        String text = DifficultyManagement.collect(problems, "decisionText", decisionText, DifficultyManagement.TEXT_MAX);
        if (decisionDate == null) {
            problems.add(FieldProblem.of("decisionDate", "difficulties.error.proposal.decisionDateRequired"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return move(id, version, ProposalState.SUBMITTED, ProposalState.DECIDED, text, decisionDate, "difficulties.proposal.decided");
    }

    @Transactional
    public ProposalView startImplementation(UUID id, long version) {
        CurrentActor.requireAnyRole(Role.WORKING_GROUP_LEADER, Role.CITY_LEADER, Role.SYSTEM_ADMIN);
        return move(id, version, ProposalState.DECIDED, ProposalState.BEING_IMPLEMENTED, null, null, "difficulties.proposal.implementationStarted");
    }

    @Transactional
    public ProposalView complete(UUID id, long version) {
        CurrentActor.requireAnyRole(Role.WORKING_GROUP_LEADER, Role.CITY_LEADER, Role.SYSTEM_ADMIN);
        return move(id, version, ProposalState.BEING_IMPLEMENTED, ProposalState.DONE, null, null, "difficulties.proposal.done");
    }

    private ProposalView move(UUID id, long version, ProposalState from, ProposalState to, @Nullable String decisionText,
                              @Nullable LocalDate decisionDate, String action) {
        ProposalStore.Proposal current = load(id);
        if (current.version() != version) {
            throw ConflictException.staleVersion();
        }
        ProposalStore.Proposal changed = current.moveTo(from, to, decisionText, decisionDate);
        if (!proposals.update(changed, clock.instant())) {
            throw ConflictException.staleVersion();
        }
        ProposalStore.Proposal saved = load(id);
        audit.record(action, "Proposal", id, saved.workingGroupId(), current, saved);
        return view(saved);
    }

    private ProposalStore.Proposal load(UUID id) {
        return proposals.find(id).orElseThrow(() -> new NotFoundException("difficulties.error.proposal.notFound", id));
    }

    private ProposalView view(ProposalStore.Proposal p) {
        List<UUID> commonIds = proposals.commons(p.id());
        List<String> titles = new ArrayList<>();
        Map<UUID, UnitRef> units = new LinkedHashMap<>();
        for (UUID commonId : commonIds) {
            CommonDifficultyView common = commons.commonDifficulty(commonId);
            titles.add(common.title());
            common.units().forEach(unit -> units.putIfAbsent(unit.id(), unit));
        }
        List<UnitRef> affected = units.values().stream().sorted(Comparator.comparing(UnitRef::name)).toList();
        return new ProposalView(p.id(), p.title(), p.problem(), p.mechanism(), p.decidingBody(), p.requestedDecision(), p.requestedBy(), p.state(),
                p.decisionText(), p.decisionDate(), commonIds, titles, affected.size(), affected, p.createdAt(), p.version());
    }
}
