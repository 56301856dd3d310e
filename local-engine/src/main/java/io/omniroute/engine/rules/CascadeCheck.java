package io.omniroute.engine.rules;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks how the profiles hang together: unique names, fallbacks that lead somewhere without looping, and no
 * profile hidden behind a catch-all. Each profile alone can be valid while the cascade is not.
 */
final class CascadeCheck {

    private final List<ProfileDraft> drafts;
    private final YamlProblems problems;
    /** The first profile of each name, since that is the one a fallback reaches. */
    private final Map<String, ProfileDraft> byName = new LinkedHashMap<>();

    private CascadeCheck(List<ProfileDraft> drafts, YamlProblems problems) {
        this.drafts = drafts;
        this.problems = problems;
    }

    static void check(List<ProfileDraft> drafts, YamlProblems problems) {
        CascadeCheck check = new CascadeCheck(drafts, problems);
        check.uniqueNames();
        check.fallbackTargets();
        check.fallbackCycles();
        check.unusedProfiles();
    }

    private void uniqueNames() {
        for (ProfileDraft draft : drafts) {
            draft.name().ifPresent(name -> {
                ProfileDraft first = byName.putIfAbsent(name, draft);
                if (first != null) {
                    problems.add(draft.nameLine(), draft.path() + ".name", draft.label() + " repeats the name of "
                            + first.path() + " (line " + first.nameLine() + "): names must be unique, since "
                            + "fallbacks refer to profiles by name");
                }
            });
        }
    }

    private void fallbackTargets() {
        for (ProfileDraft draft : drafts) {
            draft.fallback().ifPresent(target -> {
                String field = draft.path() + ".fallback";
                if (draft.name().filter(target::equals).isPresent()) {
                    problems.add(draft.fallbackLine(), field, draft.label() + " falls back to itself: name another "
                            + "profile, or remove fallback");
                } else if (!byName.containsKey(target)) {
                    problems.add(draft.fallbackLine(), field, "fallback '" + target + "' is not a profile name"
                            + Suggestions.didYouMean(target, byName.keySet()) + ": known profiles are "
                            + String.join(", ", byName.keySet()));
                }
            });
        }
    }

    /** Reports each loop once, at the earliest profile on it, spelt out in the order the fallbacks run. */
    private void fallbackCycles() {
        Set<ProfileDraft> reported = new HashSet<>();
        for (ProfileDraft start : drafts) {
            List<ProfileDraft> chain = new ArrayList<>();
            Optional<ProfileDraft> next = Optional.of(start);
            while (next.isPresent() && !chain.contains(next.get())) {
                chain.add(next.get());
                next = fallbackOf(next.get());
            }
            if (next.isEmpty()) {
                continue;
            }
            List<ProfileDraft> cycle = chain.subList(chain.indexOf(next.get()), chain.size());
            if (cycle.size() > 1 && cycle.get(0) == start && reported.addAll(cycle)) {
                String spelt = cycle.stream().map(d -> d.name().orElseThrow()).collect(Collectors.joining(" -> "))
                        + " -> " + start.name().orElseThrow();
                problems.add(start.fallbackLine(), start.path() + ".fallback", "fallback cycle " + spelt
                        + ": a chain of fallbacks must end at a profile without fallback");
            }
        }
    }

    /**
     * A profile after a catch-all can only run as someone's fallback. Reachability follows fallbacks from the
     * profiles the first-match rule can pick, so a profile reached only from unused ones is unused too.
     */
    private void unusedProfiles() {
        Optional<ProfileDraft> catchAll = drafts.stream().filter(ProfileDraft::catchAll).findFirst();
        if (catchAll.isEmpty()) {
            return;
        }
        Set<ProfileDraft> used = new HashSet<>(drafts.subList(0, catchAll.get().index() + 1));
        Deque<ProfileDraft> toVisit = new ArrayDeque<>(used);
        while (!toVisit.isEmpty()) {
            fallbackOf(toVisit.pop()).filter(used::add).ifPresent(toVisit::push);
        }
        for (ProfileDraft draft : drafts.subList(catchAll.get().index() + 1, drafts.size())) {
            if (!used.contains(draft)) {
                boolean isSomeFallback = drafts.stream().anyMatch(d -> fallbackOf(d).orElse(null) == draft);
                problems.add(draft.line(), draft.path(), draft.label() + " is never used: "
                        + catchAll.get().label() + " matches every order first"
                        + (isSomeFallback ? ", and only unused profiles fall back to it" : "")
                        + ". Move it above " + catchAll.get().path() + ", give that profile a when, "
                        + "or name it as a fallback");
            }
        }
    }

    private Optional<ProfileDraft> fallbackOf(ProfileDraft draft) {
        return draft.fallback().map(byName::get);
    }
}
