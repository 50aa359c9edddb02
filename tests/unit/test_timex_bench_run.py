"""The benchmark runs both taggers on the same texts and reports a ratio."""
from claimgraph.bench.timex import run


def test_timex_bench_run_reports_both_rates():
    texts = ["Officials said on Friday that talks would resume next week, two years after the crisis began in May 2022."] * 5
    res = run(texts, quiet=True, repeat=1)
    assert res["texts"] == 5 and res["timex_expressions"] == 5 * 4
    assert res["dateparser_expressions"] > 0
    assert res["timex_per_s"] > 0 and res["dateparser_per_s"] > 0
    # the point of claimgraph's own tagger: it is faster than dateparser's search on the same text
    assert res["ratio"] > 1
