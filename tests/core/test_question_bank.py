from __future__ import annotations

import textwrap

from app.core.entities import Tiara
from app.core.question_bank import (
    TIARA_CONTEXT,
    BankQuestion,
    check_question_fields,
    filter_questions,
    parse_bank,
    question_field_problems,
    tiara_label,
)
from app.files import load_bank, load_builtin_bank


def _entry(key="a", text="What do you do?", category="Work", tiara="insights", minutes=2) -> str:
    return textwrap.dedent(
        f"""
        [[question]]
        key = "{key}"
        text = "{text}"
        category = "{category}"
        tiara = "{tiara}"
        minutes = {minutes}
        """
    )


def test_builtin_bank_loads_cleanly_and_covers_every_topic():
    result = load_builtin_bank()

    assert result.problems == []
    texts = " ".join(question.text.lower() for question in result.questions)
    for phrase in (
        "get into this kind of work",
        "this particular job",
        "education, training",
        "preparation is needed",
        "enjoy most",
        "enjoy least",
        "three skills",
        "typical day or week",
        "motivated",
        "difficulties",
        "advance",
        "progress in this field",
        "stay competitive",
        "economic outlook",
        "life at home",
        "job titles for someone starting out",
        "learn more about this field",
        "my strengths",
        "anything i should have asked",
        "who else",
        "mention your name",
    ):
        assert phrase in texts, phrase
    assert {question.tiara for question in result.questions} == set(Tiara)
    assert "Closing" in result.categories
    assert len({question.key for question in result.questions}) == len(result.questions)


def test_a_good_entry_becomes_a_bank_question():
    result = parse_bank(_entry(key="day", text="A typical   day?", tiara="Trends", minutes=1.5))

    assert result.problems == []
    assert result.questions == [BankQuestion("day", "A typical day?", "Work", Tiara.TRENDS, 1.5)]


def test_a_bad_field_names_its_line_and_the_other_entries_still_load():
    text = _entry(key="first") + _entry(key="second", tiara="gossip") + _entry(key="third", minutes=0)
    lines = text.splitlines()

    result = parse_bank(text)

    assert [question.key for question in result.questions] == ["first"]
    assert len(result.problems) == 2
    tiara_line = next(n for n, line in enumerate(lines, 1) if "gossip" in line)
    minutes_line = [n for n, line in enumerate(lines, 1) if line.startswith("minutes")][2]
    assert result.problems[0].line == tiara_line
    assert "TIARA tag 'gossip'" in str(result.problems[0])
    assert str(result.problems[0]).startswith(f"line {tiara_line}:")
    assert result.problems[1].line == minutes_line
    assert "minutes" in result.problems[1].message


def test_missing_fields_are_named_at_the_header_line():
    text = _entry(key="ok") + '\n[[question]]\nkey = "lonely"\ntext = "Only text?"\n'
    header = [n for n, line in enumerate(text.splitlines(), 1) if line == "[[question]]"][1]

    result = parse_bank(text)

    assert [question.key for question in result.questions] == ["ok"]
    assert result.problems[0].line == header
    assert "missing category, tiara, minutes" in result.problems[0].message


def test_broken_toml_in_one_entry_costs_only_that_entry():
    text = _entry(key="one") + '\n[[question]]\nkey = "two"\ntext = "unterminated\n' + _entry(key="three")
    broken_line = next(n for n, line in enumerate(text.splitlines(), 1) if "unterminated" in line)

    result = parse_bank(text)

    assert [question.key for question in result.questions] == ["one", "three"]
    assert len(result.problems) == 1
    assert result.problems[0].line == broken_line
    assert "not valid TOML" in result.problems[0].message


def test_duplicate_keys_keep_the_first():
    text = _entry(key="same", text="First?") + _entry(key="same", text="Second?")

    result = parse_bank(text)

    assert [question.text for question in result.questions] == ["First?"]
    assert "used twice" in result.problems[0].message


def test_odd_values_are_refused_with_a_reason():
    text = (
        _entry(key="Bad Key")
        + _entry(key="nul", text="has \\u0000 nul")
        + _entry(key="empty", text="  ")
        + _entry(key="long", text="x" * 1001)
        + _entry(key="emoji", text="Qué tal? 😀 مرحبا")
    )

    result = parse_bank(text)

    assert [question.key for question in result.questions] == ["emoji"]
    assert result.questions[0].text == "Qué tal? 😀 مرحبا"
    messages = " | ".join(problem.message for problem in result.problems)
    assert "lower-case letters" in messages
    assert "control characters" in messages
    assert "text is empty" in messages
    assert "1001 characters" in messages


def test_unreadable_and_non_utf8_files_give_a_message_not_an_exception(tmp_path):
    missing = load_bank(tmp_path / "nope.toml")
    assert missing.questions == [] and "cannot read" in missing.problems[0].message

    latin = tmp_path / "latin.toml"
    latin.write_bytes(b"# ok\n# caf\xe9\n")
    result = load_bank(latin)
    assert result.questions == []
    assert result.problems[0].line == 2
    assert "UTF-8" in result.problems[0].message


def test_an_empty_file_says_there_are_no_questions():
    result = parse_bank("# nothing here\n")
    assert result.questions == []
    assert "no [[question]] entries" in result.problems[0].message


def test_filtering_by_text_category_tag_and_ownership():
    bank = [
        BankQuestion("a", "What does a résumé need?", "Preparation", Tiara.ADVICE, 2),
        BankQuestion("b", "A typical day?", "The work", Tiara.INSIGHTS, 3),
        BankQuestion("c", "Outlook for the field?", "Future", Tiara.TRENDS, 2),
        BankQuestion("custom-1", "My own RESUME question", "Mine", Tiara.ADVICE, 1, id=1),
    ]

    assert [q.key for q in filter_questions(bank, "resume")] == ["a", "custom-1"]
    assert [q.key for q in filter_questions(bank, "  TYPICAL   day ")] == ["b"]
    assert [q.key for q in filter_questions(bank, "future")] == ["c"]  # the category matches too
    assert [q.key for q in filter_questions(bank, category="Preparation")] == ["a"]
    assert [q.key for q in filter_questions(bank, tiara=Tiara.ADVICE)] == ["a", "custom-1"]
    assert [q.key for q in filter_questions(bank, custom_only=True)] == ["custom-1"]
    assert filter_questions(bank, "resume", tiara=Tiara.TRENDS) == []
    assert len(filter_questions(bank)) == 4


def test_no_damage_to_the_shipped_file_makes_the_loader_raise():
    from app.paths import resource

    original = resource("questions.toml").read_text(encoding="utf-8").splitlines()
    damages = [lambda line: "", lambda line: line[: len(line) // 2], lambda line: line + ' = "', lambda line: "[[q"]
    for number in range(min(len(original), 70)):  # the header comments, the version and several entries
        for damage in damages:
            lines = list(original)
            lines[number] = damage(lines[number])
            result = parse_bank("\n".join(lines))
            assert len(result.questions) >= 23, (number, result.problems)
            for problem in result.problems:
                assert 0 <= problem.line <= len(lines)


def test_top_level_oddities_are_reported_not_raised():
    assert "no [[question]] entries" in str(parse_bank('question = "not a table"').problems)
    result = parse_bank('title = "x"\n' + _entry(key="k"))
    assert [q.key for q in result.questions] == ["k"]
    assert "unknown top-level entries ignored: title" in result.problems[0].message


def test_a_problem_for_a_person_is_marked_for_translation_with_its_values_apart():
    (too_long,) = question_field_problems("x" * 1001, "Work", "insights", 2)
    assert (too_long.context, too_long.source) == (
        "QuestionBank",
        "the question text is %n characters long; the limit is {limit}",
    )
    assert too_long.n == 1001 and too_long.args["limit"] == 1000
    # The store's errors and the log keep the same English.
    assert check_question_fields("x" * 1001, "Work", "insights", 2) == [str(too_long)]
    assert str(too_long) == "the question text is 1001 characters long; the limit is 1000"


def test_every_tiara_tag_has_a_label_marked_under_its_enum():
    assert [tiara_label(tag) for tag in Tiara] == ["Trends", "Insights", "Advice", "Resources", "Assignments"]
    assert TIARA_CONTEXT == "Tiara"
