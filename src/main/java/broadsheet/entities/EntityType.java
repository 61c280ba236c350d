package broadsheet.entities;

/** Entity types produced by {@link EntityExtractor}. */
public enum EntityType {
    PERSON, PLACE, ORGANIZATION;

    /** Maps a PKU/HanLP POS or NER label (nr, ns, nt and their subtypes) to a type, or null. */
    public static EntityType fromPos(String pos) {
        if (pos == null || pos.length() < 2 || pos.charAt(0) != 'n') return null;
        return switch (pos.charAt(1)) {
            case 'r' -> PERSON;       // nr, nrf, nrj (nr1/nr2 are surname/given fragments)
            case 's' -> PLACE;        // ns, nsf
            case 't' -> ORGANIZATION; // nt, ntc, ntu, ...
            default -> null;
        };
    }

    public String label() {
        return switch (this) { case PERSON -> "nr"; case PLACE -> "ns"; case ORGANIZATION -> "nt"; };
    }
}
