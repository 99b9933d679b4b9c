package org.wardops.difficulties;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wardops.audit.AuditTrail;
import org.wardops.difficulties.internal.DifficultiesPolicy;
import org.wardops.difficulties.internal.Proposal;
import org.wardops.difficulties.internal.ProposalDocuments;
import org.wardops.difficulties.internal.ProposalStore;
import org.wardops.directory.DirectoryManagement;
import org.wardops.directory.GroupRole;
import org.wardops.directory.UnitView;
import org.wardops.directory.WorkingGroupView;
import org.wardops.documents.DocumentFormat;
import org.wardops.documents.DocumentManagement;
import org.wardops.documents.DocumentStyle;
import org.wardops.documents.FormalDocument;
import org.wardops.documents.RenderedDocument;
import org.wardops.shared.ConflictException;
import org.wardops.shared.DeploymentSettings;
import org.wardops.shared.Ids;
import org.wardops.shared.InvalidInputException;
import org.wardops.shared.InvalidInputException.FieldProblem;
import org.wardops.shared.NotFoundException;
import org.wardops.shared.PageRequest;
import org.wardops.shared.PageResult;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;
import org.wardops.shared.time.LocalTime;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Proposals to the city leadership built from common difficulties: drafted and submitted by a working group (or the
 * city office), decided by the city leadership, then implemented and done. Who may do each step is the
 * {@link DifficultiesPolicy}'s answer; which step comes next is the {@link Proposal}'s. The documents module renders
 * {@link #annex(UUID)} as the formal document's annex.
 */
@Service
@Transactional(readOnly = true)
public class ProposalManagement {

    private final ProposalStore proposals;
    private final CommonDifficultyManagement commons;
    private final CommonDifficultyViews views;
    private final DifficultiesPolicy policy;
    private final AuditTrail audit;
    private final Clock clock;
    private final DirectoryManagement directory;
    private final DocumentManagement documents;
    private final DeploymentSettings deployment;

    ProposalManagement(ProposalStore proposals, CommonDifficultyManagement commons, CommonDifficultyViews views, DifficultiesPolicy policy,
                       AuditTrail audit, Clock clock, DirectoryManagement directory, DocumentManagement documents, DeploymentSettings deployment) {
        this.proposals = proposals;
        this.commons = commons;
        this.views = views;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
        this.directory = directory;
        this.documents = documents;
        this.deployment = deployment;
    }

    /** One page of the proposals, the newest first, with the total; the views take a fixed number of queries per page. */
    public PageResult<ProposalView> proposals(PageRequest page) {
        Actor actor = CurrentActor.get();
        PageResult<Proposal> found = proposals.page(page);
        return new PageResult<>(viewsOf(found.items(), actor), found.page(), found.size(), found.total());
    }

    public ProposalView proposal(UUID id) {
        Actor actor = CurrentActor.get();
        return viewsOf(List.of(load(id)), actor).getFirst();
    }

    /**
     * The proposal with one annex row per unit difficulty of its common difficulties and one per unit that only co-signed
     * (as far as the reader may see them): the annex names every unit the proposal counts.
     */
    public ProposalAnnex annex(UUID id) {
        ProposalView proposal = proposal(id);
        List<ProposalAnnex.Row> rows = new ArrayList<>();
        List<CommonDifficultyView> chosen = views.commonDifficulties(proposal.commonDifficultyIds());
        Map<UUID, List<Cosigner>> cosigners = views.cosigners(chosen.stream().flatMap(common -> common.members().stream())
                .map(MemberView::difficultyId).toList());
        java.util.Set<UUID> listed = new java.util.HashSet<>();
        chosen.forEach(common -> common.members().forEach(member -> listed.add(member.unitId())));
        for (CommonDifficultyView common : chosen) {
            common.members().forEach(member -> rows.add(new ProposalAnnex.Row(member.unitName(), common.title(), member.title(),
                    member.description(), member.recommendation(), null)));
            for (MemberView member : common.members()) {
                for (Cosigner cosigner : cosigners.getOrDefault(member.difficultyId(), List.of())) {
                    if (listed.add(cosigner.unitId())) {
                        rows.add(new ProposalAnnex.Row(cosigner.unitName(), common.title(), member.title(), cosigner.detail(),
                                member.recommendation(), member.unitName()));
                    }
                }
            }
        }
        rows.sort(org.wardops.shared.text.VietnameseCollation.comparing(ProposalAnnex.Row::unitName));
        return new ProposalAnnex(proposal, rows);
    }

    /**
     * The proposal as a formal submission (TỜ TRÌNH) of its working group, in the Party or the state format, with the
     * annex of every unit's own difficulty; dated the day the proposal was drawn up.
     */
    public RenderedDocument document(UUID id, DocumentFormat format, DocumentStyle style) {
        ProposalAnnex annex = annex(id);
        Proposal proposal = load(id);
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
        Actor actor = CurrentActor.get();
        policy.requireGrouping(actor);
        List<FieldProblem> problems = new ArrayList<>();
        String title = DifficultyTexts.collect(problems, "title", command.title(), DifficultyTexts.TITLE_MAX);
        String problem = DifficultyTexts.collectMultiline(problems, "problem", command.problem(), DifficultyTexts.TEXT_MAX);
        String mechanism = DifficultyTexts.collectMultiline(problems, "mechanism", command.mechanism(), DifficultyTexts.TEXT_MAX);
        String body = DifficultyTexts.collect(problems, "decidingBody", command.decidingBody(), DifficultyTexts.TITLE_MAX);
        String decision = DifficultyTexts.collectMultiline(problems, "requestedDecision", command.requestedDecision(), DifficultyTexts.TEXT_MAX);
        List<UUID> commonIds = command.commonDifficultyIds() == null ? List.of()
                : List.copyOf(new LinkedHashSet<>(command.commonDifficultyIds().stream().filter(java.util.Objects::nonNull).toList()));
        if (commonIds.isEmpty()) {
            problems.add(FieldProblem.of("commonDifficultyIds", "difficulties.error.proposal.commonRequired"));
        }
        if (command.requestedBy() != null && command.requestedBy().isBefore(LocalDate.now(clock.withZone(LocalTime.VIETNAM)))) {
            problems.add(FieldProblem.of("requestedBy", "difficulties.error.proposal.deadlinePast"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        commons.requireProposable(commonIds);
        Proposal proposal = new Proposal(Ids.next(), title, problem, mechanism, body, decision, command.requestedBy(),
                ProposalState.DRAFT, null, null, actor.workingGroupId(), clock.instant(), 0);
        proposals.insert(proposal, commonIds, actor.accountId());
        audit.record("difficulties.proposal.created", "Proposal", proposal.id(), actor.workingGroupId(), null, proposal);
        return view(proposal, actor);
    }

    @Transactional
    public ProposalView submit(UUID id, long version) {
        return change(id, version, ProposalAction.SUBMIT, Proposal::submit, "difficulties.proposal.submitted");
    }

    @Transactional
    public ProposalView decide(UUID id, long version, @Nullable String decisionText, @Nullable LocalDate decisionDate) {
        Actor actor = CurrentActor.get();
        Proposal current = current(id, version);
        policy.require(actor, ProposalAction.DECIDE, current);
        List<FieldProblem> problems = new ArrayList<>();
        String text = DifficultyTexts.collectMultiline(problems, "decisionText", decisionText, DifficultyTexts.TEXT_MAX);
        if (decisionDate == null) {
            problems.add(FieldProblem.of("decisionDate", "difficulties.error.proposal.decisionDateRequired"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return save(actor, current, current.decide(text, decisionDate), "difficulties.proposal.decided");
    }

    @Transactional
    public ProposalView startImplementation(UUID id, long version) {
        return change(id, version, ProposalAction.IMPLEMENT, Proposal::startImplementation, "difficulties.proposal.implementationStarted");
    }

    @Transactional
    public ProposalView complete(UUID id, long version) {
        return change(id, version, ProposalAction.COMPLETE, Proposal::complete, "difficulties.proposal.done");
    }

    private ProposalView change(UUID id, long version, ProposalAction action, UnaryOperator<Proposal> verb, String auditAction) {
        Actor actor = CurrentActor.get();
        Proposal current = current(id, version);
        policy.require(actor, action, current);
        return save(actor, current, verb.apply(current), auditAction);
    }

    private Proposal current(UUID id, long version) {
        Proposal current = load(id);
        if (current.version() != version) {
            throw ConflictException.staleVersion();
        }
        return current;
    }

    private ProposalView save(Actor actor, Proposal before, Proposal after, String auditAction) {
        if (!proposals.update(after, clock.instant())) {
            throw ConflictException.staleVersion();
        }
        Proposal saved = load(after.id());
        audit.record(auditAction, "Proposal", saved.id(), saved.workingGroupId(), before, saved);
        return view(saved, actor);
    }

    private Proposal load(UUID id) {
        return proposals.find(id).orElseThrow(() -> new NotFoundException("difficulties.error.proposal.notFound", id));
    }

    private ProposalView view(Proposal p, Actor actor) {
        return viewsOf(List.of(p), actor).getFirst();
    }

    private List<ProposalView> viewsOf(List<Proposal> list, Actor actor) {
        Map<UUID, List<UUID>> commonIds = proposals.commons(list.stream().map(Proposal::id).toList());
        Map<UUID, String> titles = views.titles(commonIds.values().stream().flatMap(List::stream).distinct().toList());
        Map<UUID, CommonDifficultyViews.Affected> affected = views.affected(commonIds);
        return list.stream().map(p -> {
            List<UUID> ids = commonIds.getOrDefault(p.id(), List.of());
            CommonDifficultyViews.Affected units = affected.getOrDefault(p.id(), new CommonDifficultyViews.Affected(java.util.Set.of(), List.of()));
            return new ProposalView(p.id(), p.title(), p.problem(), p.mechanism(), p.decidingBody(), p.requestedDecision(), p.requestedBy(),
                    p.state(), p.decisionText(), p.decisionDate(), ids, ids.stream().map(id -> titles.getOrDefault(id, "")).toList(),
                    units.all().size(), units.named(), p.createdAt(), p.version(), policy.allowed(actor, p));
        }).toList();
    }
}
