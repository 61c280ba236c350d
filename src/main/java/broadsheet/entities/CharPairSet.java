package broadsheet.entities;

import java.util.Collection;

/**
 * The first two characters of a set of names, as an open-addressing set of ints: tells in a few instructions,
 * without building a string or touching a large hash set, that no name starts at a position. Exact: a pair is
 * in the set if and only if some name of two or more characters starts with it.
 */
final class CharPairSet {
    private final int[] slots;
    private final int shift;

    CharPairSet(Collection<String> names) {
        int size = Integer.highestOneBit(Math.max(16, names.size())) * 4;
        slots = new int[size];
        shift = 32 - Integer.numberOfTrailingZeros(size);
        for (String n : names) {
            if (n.length() >= 2) {
                int key = key(n.charAt(0), n.charAt(1));
                int slot = slot(key);
                while (slots[slot] != 0 && slots[slot] != key) {
                    slot = (slot + 1) & (slots.length - 1);
                }
                slots[slot] = key;
            }
        }
    }

    boolean contains(char first, char second) {
        int key = key(first, second);
        for (int slot = slot(key); slots[slot] != 0; slot = (slot + 1) & (slots.length - 1)) {
            if (slots[slot] == key) {
                return true;
            }
        }
        return false;
    }

    /** Never 0: the empty slot. */
    private static int key(char first, char second) {
        return (first << 16 | second) + 1;
    }

    private int slot(int key) {
        return (key * 0x9E3779B1) >>> shift;
    }
}
