"""The report's tables as they may be shown, printed or exported: one suppression pass over every
figure of the report at once, so a figure shared by two tables is hidden in both or neither."""

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date

from .reports import TOTAL, Chart, ImpactReport, ShownTable
from .suppression import Key, is_hidden, show_count, show_mean, show_median, show_rate, suppress

Extra = Callable[[int, list[int], list[str]], str]  # (row, row figures, row texts) -> text

VISITS, HELD, BOOKED, ATTENDED, FEEDBACK = ("visits",), ("held",), ("booked",), ("attended",), ("feedback",)
SECTIONS = ("Summary", "Visits", "Reach", "Sessions", "Unmet demand", "Feedback", "Polls")


@dataclass
class _Spec:
    key: str
    section: str
    title: str
    says: str
    columns: tuple[str, ...]
    labels: list[str]
    cells: list[list[Key]]
    extras: list[Extra] = field(default_factory=list)
    chart: Chart | None = None


class _Sheet:
    """Every figure of the report under one key, and the groups that add up."""

    def __init__(self):
        self.values: dict[Key, int] = {}
        self.groups: list[tuple[Key, list[Key]]] = []
        self.specs: list[_Spec] = []

    def put(self, key: Key, value: int) -> Key:
        if key in self.values and self.values[key] != value:
            raise ValueError(f"a shared figure {key!r} has two values")
        self.values[key] = value
        return key

    def table(self, spec: _Spec, matrix: Sequence[Sequence[int]],
              totals: Sequence[Key | None] | None = (), row_sums=()) -> _Spec:
        """Add a table of counts; ``totals`` (one per column, None for a table-local key) adds
        a Total row; ``row_sums`` are (total column, part columns) holding in every row."""
        name = spec.key
        width = len(spec.columns) - 1 - len(spec.extras)
        cells = [[self.put((name, r, c), v) for c, v in enumerate(row)] for r, row in enumerate(matrix)]
        if totals is not None:
            shared = list(totals) or [None] * width
            row = [self.put(shared[c] or (name, TOTAL, c), sum(m[c] for m in matrix)) for c in range(width)]
            for c, key in enumerate(row):
                self.groups.append((key, [line[c] for line in cells]))
            cells.append(row)
            spec.labels = [*spec.labels, TOTAL]
        for total, parts in row_sums:
            self.groups += [(line[total], [line[p] for p in parts]) for line in cells]
        spec.cells = cells
        self.specs.append(spec)
        return spec

    def render(self) -> list[ShownTable]:
        shown = suppress(self.values, self.groups)
        return [_render(spec, shown, self.values) for spec in self.specs]


def _render(spec: _Spec, shown: dict, values: dict) -> ShownTable:
    rows, numbers = [], []
    for index, (label, cells) in enumerate(zip(spec.labels, spec.cells, strict=True)):
        texts = [shown[k] for k in cells]
        figures = [values[k] for k in cells]
        texts += [extra(index, figures, texts) for extra in spec.extras]
        rows.append((label, *texts))
        numbers.append((None, *(_number(t) for t in texts)))
    return ShownTable(spec.key, spec.section, spec.title, spec.says, spec.columns, tuple(rows),
                      tuple(numbers), spec.chart)


def _number(text: str) -> float | None:
    if is_hidden(text):
        return None
    try:
        return float(text.rstrip("%"))
    except ValueError:
        return None


def week_label(monday: date) -> str:
    return f"w/c {monday.day} {monday:%b %Y}"


def month_label(month: date) -> str:
    return f"{month:%b %Y}"


def build_tables(report: ImpactReport) -> list[ShownTable]:
    """Every table of the report, suppressed, in the order the pack prints them."""
    sheet = _Sheet()
    _visits(sheet, report)
    _sessions(sheet, report)
    _demand(sheet, report)
    _feedback(sheet, report)
    _polls(sheet, report)
    tables = sheet.render()
    tables.insert(tables.index(next(t for t in tables if t.key == "feedback_by_activity")) + 1,
                  loop_table(report))
    return [summary_table(report, tables), *tables]


def _spec(key, section, title, says, columns, labels, extras=(), chart=None) -> _Spec:
    return _Spec(key, section, title, says, tuple(columns), list(labels), [], list(extras), chart)


def _visits(sheet: _Sheet, report: ImpactReport) -> None:
    weeks = report.visits_by_week
    sheet.table(_spec("visits_by_week", "Visits", "Visits week by week",
                      "How many visits the hub had each week, how many were someone's first visit, "
                      "and how many family members came along.",
                      ("Week", "Visits", "First visits", "Returning", "Family members"),
                      [week_label(w.monday) for w in weeks], chart=Chart("line", 1, "Visits each week")),
                [(w.visits, w.first, w.returning, w.family) for w in weeks],
                totals=(VISITS, None, None, None), row_sums=[(0, (1, 2))])
    sheet.table(_spec("visits_by_reason", "Visits", "Why people came",
                      "The reason people gave when they checked in.", ("Reason", "Visits"),
                      [r.label for r in report.reasons], chart=Chart("bar", 1, "Visits by reason")),
                [(r.count,) for r in report.reasons], totals=(VISITS,))
    sheet.table(_spec("reach_by_district", "Reach", "Where visitors came from",
                      f"Visits by postcode district: people came from {report.distinct_districts} "
                      "districts. A wider spread means the hub reaches more of the area.",
                      ("District", "Visits"), [d.label for d in report.districts],
                      chart=Chart("bar", 1, "Visits by district")),
                [(d.count,) for d in report.districts], totals=(VISITS,))


def _fill_rate(row: int, figures: list[int], texts: list[str]) -> str:
    return show_rate(texts[3], texts[2], figures[3], figures[2])


def _sessions(sheet: _Sheet, report: ImpactReport) -> None:
    rows = report.sessions
    sheet.table(_spec("sessions_by_activity", "Sessions", "Sessions by activity",
                      "Sessions held and cancelled, the places they offered, how many were booked and "
                      "used, and how full each activity was (places booked as a share of places offered).",
                      ("Activity", "Sessions held", "Cancelled", "Places offered", "Places booked",
                       "Attended", "No-shows", "Fill rate"), [a.activity for a in rows],
                      extras=[_fill_rate], chart=Chart("bar", 7, "Fill rate by activity (%)")),
                [(a.held, a.cancelled, a.places, a.booked, a.attended, a.no_shows) for a in rows],
                totals=(HELD, None, None, BOOKED, ATTENDED, None))
    weeks = report.sessions_by_week
    sheet.table(_spec("attendance_by_week", "Sessions", "Attendance week by week",
                      "Sessions held each week, places booked on them and people who came.",
                      ("Week", "Sessions held", "Places booked", "Attended"),
                      [week_label(w.monday) for w in weeks], chart=Chart("line", 3, "Attendance each week")),
                [(w.held, w.booked, w.attended) for w in weeks], totals=(HELD, BOOKED, ATTENDED))


def _demand(sheet: _Sheet, report: ImpactReport) -> None:
    rows = report.demand
    sheet.table(_spec("unmet_demand", "Unmet demand", "Waiting lists",
                      "Bookings that joined a waiting list, by activity and time of day, and how many of "
                      "them were never offered a place: demand the timetable did not meet.",
                      ("Activity and time of day", "Joined a waiting list", "Never offered a place"),
                      [f"{d.activity}, {d.time_of_day}" for d in rows],
                      chart=Chart("bar", 1, "Waiting-list sign-ups")),
                [(d.signed_up, d.never_offered) for d in rows], totals=())


def _feedback(sheet: _Sheet, report: ImpactReport) -> None:
    rows = report.feedback
    months = sorted({f.month for f in rows})
    counts = [sum(f.count for f in rows if f.month == m) for m in months]
    ratings = [sum(f.rating_total for f in rows if f.month == m) for m in months]
    ratings.append(sum(ratings))
    trend = sheet.table(_spec("rating_by_month", "Feedback", "Feedback and ratings by month",
                              "How much feedback people gave each month and the average rating (1 to 5).",
                              ("Month", "Feedback given", "Average rating"), [month_label(m) for m in months],
                              extras=[lambda r, f, t: show_mean(ratings[r], f[0])],
                              chart=Chart("line", 2, "Average rating each month")),
                        [(count,) for count in counts], totals=(FEEDBACK,))
    detail_ratings = [f.rating_total for f in rows] + [ratings[-1]]
    detail = sheet.table(_spec("feedback_by_activity", "Feedback", "Feedback by activity and month",
                               "Feedback about each activity, month by month, with its average rating. "
                               "What people wrote is never printed here.",
                               ("Activity and month", "Feedback given", "Average rating"),
                               [f"{f.activity}, {month_label(f.month)}" for f in rows],
                               extras=[lambda r, f, t: show_mean(detail_ratings[r], f[0])]),
                         [(f.count,) for f in rows], totals=(FEEDBACK,))
    for index, month in enumerate(months):
        sheet.groups.append((trend.cells[index][0],
                             [detail.cells[r][0] for r, f in enumerate(rows) if f.month == month]))


def loop_table(report: ImpactReport) -> ShownTable:
    """The co-production loop: themes, how many were answered, the share and the median wait."""
    loop = report.loop
    themes, answered = show_count(loop.themes), show_count(loop.answered)
    rows = (("Feedback themes", themes), ("Themes answered", answered),
            ("Share answered", show_rate(answered, themes, loop.answered, loop.themes)),
            ("Median days to answer", show_median(loop.days_to_answer)))
    return ShownTable("you_said_we_did", "Feedback", "You said, we did",
                      "A theme is the feedback about one activity in one month. It counts as answered "
                      "when a \"you said, we did\" about that activity was published on or after its first "
                      "feedback, by the end of the period.", ("Measure", "Figure"), rows,
                      tuple((None, _number(r[1])) for r in rows))


def summary_table(report: ImpactReport, tables: list[ShownTable]) -> ShownTable:
    """Headline figures, taken from the suppressed tables so the summary never says more."""
    by_key = {t.key: t for t in tables}

    def total(key: str, column: int) -> str:
        return by_key[key].rows[-1][column]

    rows = (("Visits", total("visits_by_week", 1)), ("First visits", total("visits_by_week", 2)),
            ("Family members who came along", total("visits_by_week", 4)),
            ("Postcode districts reached", show_count(report.distinct_districts)),
            ("Sessions held", total("sessions_by_activity", 1)),
            ("Places booked", total("sessions_by_activity", 4)),
            ("People who came to sessions", total("sessions_by_activity", 5)),
            ("Fill rate", total("sessions_by_activity", 7)),
            ("Joined a waiting list", total("unmet_demand", 1)),
            ("Never offered a place", total("unmet_demand", 2)),
            ("Feedback given", total("rating_by_month", 1)),
            ("Average rating (1 to 5)", total("rating_by_month", 2)),
            ("Feedback themes answered", by_key["you_said_we_did"].rows[2][1]),
            ("Polls closed", show_count(len(report.polls))))
    return ShownTable("summary", "Summary", "At a glance",
                      f"The main figures for {report.scope} from {report.first:%d %B %Y} to "
                      f"{report.last:%d %B %Y}. Numbers from 1 to 4 show as \"fewer than 5\" so that "
                      "nobody can be picked out.", ("Measure", "Figure"), rows,
                      tuple((None, _number(r[1])) for r in rows))


def _polls(sheet: _Sheet, report: ImpactReport) -> None:
    labels, matrix, groups = [], [], []
    for poll in report.polls:
        first = len(matrix)
        for option in poll.options:
            labels.append(f"{poll.question}: {option.label}")
            matrix.append((option.count,))
        labels.append(f"{TOTAL} votes: {poll.question} (closed {poll.closed_on:%d %b %Y})")
        matrix.append((poll.votes,))
        groups.append((len(matrix) - 1, range(first, len(matrix) - 1)))
    spec = sheet.table(_spec("poll_results", "Polls", "Have your say: closed polls",
                             "How many people voted in each poll that closed in the period, and the result.",
                             ("Poll and answer", "Votes"), labels, chart=Chart("bar", 1, "Votes for each answer")),
                       matrix, totals=None)
    for total, parts in groups:
        sheet.groups.append((spec.cells[total][0], [spec.cells[p][0] for p in parts]))
