package broadsheet.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** One possible entity in a sentence, before overlaps are resolved; the rules of {@link EntityExtractor} make and edit them. */
final class Candidate {
    /** Priorities: the higher wins an overlap (then the longer, then the earlier). */
    static final int P_GAZ = 30, P_HMM = 40, P_MODEL = 50, P_ORG = 60, P_CONSIST = 70, P_TITLE = 80, P_USER = 90;

    final int start, end, prio;
    final EntityType type;
    final String method;
    /** Found whole by a strong rule: document consistency copies it to the article's other mentions. */
    final boolean strong;
    /** The tokens a base candidate (HanLP's tag or the model's span) came from; -1 for other rules' candidates. */
    int fromTok = -1, toTok = -1;
    String role = EntityMention.ROLE_MENTION;
    String canonical;

    Candidate(int start, int end, EntityType type, String method, int prio, boolean strong) {
        this.start = start; this.end = end; this.type = type; this.method = method; this.prio = prio; this.strong = strong;
    }

    boolean overlaps(Candidate o) { return start < o.end && o.start < end; }

    boolean isBase() { return fromTok >= 0; }

    /** A copy over new offsets that keeps the base tokens. */
    Candidate base(int start, int end, String method, boolean strong) {
        Candidate c = new Candidate(start, end, type, method, prio, strong);
        c.fromTok = fromTok;
        c.toTok = toTok;
        return c;
    }

    /** Keeps the best non-overlapping candidates: higher priority first, then longer. */
    static List<Candidate> resolve(List<Candidate> cands) {
        List<Candidate> sorted = new ArrayList<>(cands);
        sorted.sort(Comparator.<Candidate>comparingInt(c -> -c.prio).thenComparingInt(c -> -(c.end - c.start)).thenComparingInt(c -> c.start));
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : sorted) {
            if (c.end <= c.start) continue;
            boolean clash = false;
            for (Candidate k : kept) if (k.overlaps(c)) { clash = true; break; }
            if (!clash) kept.add(c);
        }
        kept.sort(Comparator.comparingInt(c -> c.start));
        return kept;
    }

    @Override
    public String toString() { return start + ":" + end + ":" + type + ":" + method; }
}
