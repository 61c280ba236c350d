"""jieba.posseg with per-article term counts on N processes, a whole process timed (imports and dictionary load
included): the comparison row of jobs/bench. Usage: bench_jieba.py TEXT_FILE PROCESSES (one article per line)."""
import sys
import time
from collections import Counter
from multiprocessing import Pool

START = time.time()


def count(lines):
    import jieba
    import jieba.posseg as pseg
    jieba.setLogLevel(60)
    terms = 0
    for line in lines:
        counts = Counter((w.word, w.flag) for w in pseg.cut(line) if len(w.word) >= 2)
        terms += len(counts)
    return terms


def main():
    path, processes = sys.argv[1], int(sys.argv[2])
    with open(path, encoding="utf-8") as f:
        lines = [line.rstrip("\n") for line in f]
    chars = sum(len(line) for line in lines)
    chunks = [lines[i::processes * 8] for i in range(processes * 8)]
    with Pool(processes) as pool:
        rows = sum(pool.map(count, chunks))
    seconds = time.time() - START
    print(f"bench jieba chars={chars} seconds={seconds:.3f} chars_per_s={chars / seconds:.0f} article_term_rows={rows}")


if __name__ == "__main__":
    main()
