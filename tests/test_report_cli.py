"""The status reports through the command line: exact tables at fixed widths, every format, nb and en."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from commit_tracker.cli import app
from commit_tracker.report.coverage import COVERAGE_FIELDS
from commit_tracker.report.items import ITEM_FIELDS
from commit_tracker.report.owners import OWNER_FIELDS
from commit_tracker.vocabulary import Kind, Status
from tests.conftest import REPORTS, ROOT

AS_OF = ["--as-of", "2014-01-01"]
QUIET_ENV = {"COLUMNS": "80", "NO_COLOR": None, "LC_ALL": None, "LC_MESSAGES": None, "LANG": None}
NOTE_23 = "commit-tracker: note: 3 of the compact's 23 objectives are in the data.\n"


def run(runner: CliRunner, *args: str, columns: int = 80, **env: str | None) -> Result:
    """Run the command on the report fixtures in a terminal ``columns`` wide."""
    return runner.invoke(app, [*args, "--data", str(REPORTS)], env={**QUIET_ENV, "COLUMNS": str(columns), **env})


def ok(result: Result) -> str:
    assert result.exit_code == 0, result.stderr
    return result.stdout


# status


def test_status_table_at_80_columns(runner: CliRunner) -> None:
    result = run(runner, "status", *AS_OF, "--lang", "en", "--kind", "followup", "--kind", "pledge")
    assert (
        ok(result)
        == """\
Status by kind
status          count  share
───────────────────────────────────────────
Follow-ups          4
  not started       1  █████░░░░░░░░░░░░░░░
  in progress       2  ██████████░░░░░░░░░░
  done              1  █████░░░░░░░░░░░░░░░
Pledges             3
  not assessed      1  ███████░░░░░░░░░░░░░
  stalled           1  ███████░░░░░░░░░░░░░
  dropped           1  ███████░░░░░░░░░░░░░

Items
id       title                      owner   status        due        last update
────────────────────────────────────────────────────────────────────────────────
ap-01    Innføre en                 —       stalled       —          2013-05-02
         solidaritetspott for
         flyktninger og
         mottakerland
ap-01-1  Potten skal finansieres    —       not assessed  —          —
         over bistandsbudsjettet
         og støtte …
ap-02    Opprette en                —       dropped       —          2013
         solidaritetspott
fu-01    Ta opp evalueringen        ud-hum  in progress   2013-06 !  2012-11-30
fu-02    Styrke arbeidet mot        ud      done          2012-12    2012-12-15
         menneskehandel [utkast]
fu-03    Rapportere årlig til       jd      not started   2013 !     —
         Stortinget | også om IOMs
         arbeid med …
fu-04    Seksjonen tar opp          ud-hum  in progress   —          2013-03
         evalueringen med IOM i
         Genève

! = overdue as of 2014-01-01
"""
    )
    assert result.stderr == "7 of 11 item(s).\n"


def test_status_table_at_40_columns_leaves_out_columns_in_norwegian(runner: CliRunner) -> None:
    result = run(runner, "status", *AS_OF, "--lang", "nb", "--kind", "followup", "--owner", "ud", columns=40)
    assert (
        ok(result)
        == """\
Status per type
status              antall  andel
──────────────────────────────────────
Oppfølgingspunkter       3
  pågår                  2  ███████░░░
  gjennomført            1  ███░░░░░░░

Punkter
id     tittel                status
────────────────────────────────────────
fu-01  Ta opp evalueringen   pågår
fu-02  Styrke arbeidet mot   gjennomført
       menneskehandel
       [utkast]
fu-04  Seksjonen tar opp     pågår
       evalueringen med IOM
       i Genève
Ikke vist ved 40 kolonner: sist
oppdatert, ansvarlig, frist (bredere
vindu eller --format csv viser alt).

! = fristen er passert per 2014-01-01
"""
    )


def test_status_markdown(runner: CliRunner) -> None:
    result = run(runner, "status", *AS_OF, "--lang", "en", "--format", "markdown", "--kind", "followup")
    assert (
        ok(result)
        == """\
**Status by kind**

| status | count | share |
|---|---:|---|
| **Follow-ups** | **4** |  |
| not started | 1 | █████░░░░░░░░░░░░░░░ |
| in progress | 2 | ██████████░░░░░░░░░░ |
| done | 1 | █████░░░░░░░░░░░░░░░ |

**Items**

| id | title | owner | status | due | last update |
|---|---|---|---|---|---|
| fu-01 | Ta opp evalueringen | ud-hum | in progress | 2013-06 ! | 2012-11-30 |
| fu-02 | Styrke arbeidet mot menneskehandel \\[utkast\\] | ud | done | 2012-12 | 2012-12-15 |
| fu-03 | Rapportere årlig til Stortinget \\| også om IOMs arbeid med … | jd | not started | 2013 ! | — |
| fu-04 | Seksjonen tar opp evalueringen med IOM i Genève | ud-hum | in progress | — | 2013-03 |

! = overdue as of 2014-01-01
"""
    )


def test_status_json_is_a_versioned_document(runner: CliRunner) -> None:
    document = json.loads(ok(run(runner, "status", "--all", *AS_OF, "--lang", "en", "--format", "json")))
    assert list(document) == ["version", "as_of", "summary", "items"]
    assert document["version"] == 1
    assert document["as_of"] == "2014-01-01"
    assert document["summary"]["followup"] == {
        "not_assessed": 0,
        "not_started": 1,
        "in_progress": 2,
        "partly_done": 0,
        "done": 1,
        "stalled": 0,
        "dropped": 0,
    }
    assert list(document["summary"]) == ["objective", "compact_commitment", "followup", "pledge"]
    items = {item["id"]: item for item in document["items"]}
    assert [item["id"] for item in document["items"]] == [
        "ap-01",
        "ap-01-1",
        "ap-02",
        "fu-01",
        "fu-02",
        "fu-03",
        "fu-04",
        "gcm-01",
        "gcm-02",
        "gcm-10",
        "gcm-review",
    ]
    assert items["fu-01"] == {
        "id": "fu-01",
        "kind": "followup",
        "role": "pledge",
        "title": "Ta opp evalueringen",
        "text": "Seksjonen tar opp evalueringen med IOM i Genève",
        "status": "in_progress",
        "owner": "ud-hum",
        "owner_name": "Seksjon for humanitære spørsmål",
        "due": "2013-06",
        "overdue": True,
        "last_update": "2012-11-30",
        "objectives": [10],
        "actions": [{"ref": "10.b", "objective": 10, "letter": "b", "text": "fremme gjennomføring"}],
        "source": {"document": "plan", "locator": "line 3", "quote": "tar opp evalueringen"},
        "updates": [
            {"date": "2012", "date_inferred": True, "status": "not_started", "note": "Ingenting rapportert.", "source": None},
            {
                "date": "2012-11-30",
                "date_inferred": False,
                "status": "in_progress",
                "note": "Tatt opp i rådet.",
                "source": {"document": "plan", "locator": "line 40", "quote": "Tatt opp"},
            },
        ],
        "duplicate_of": None,
        "supersedes": None,
        "note": None,
        "group": "ministry",
        "form": "bullet",
    }
    gcm_10 = items["gcm-10"]
    assert gcm_10["kind"] == "objective"
    assert gcm_10["title"] == "Prevent, combat and eradicate trafficking in persons"
    assert gcm_10["text"] == "Vi forplikter oss til å bekjempe menneskehandel."
    assert gcm_10["objectives"] == [10]
    assert gcm_10["actions"] == [
        {"ref": "10.a", "objective": 10, "letter": "a", "text": "fremme ratifisering"},
        {"ref": "10.b", "objective": 10, "letter": "b", "text": "fremme gjennomføring"},
        {"ref": "10.c", "objective": 10, "letter": "c", "text": "styrke kapasiteten"},
    ]
    assert (gcm_10["number"], gcm_10["paragraph"], gcm_10["title_nb"], gcm_10["title_nb_list"]) == (
        10,
        26,
        "Forebygge, bekjempe og utrydde menneskehandel",
        None,
    )
    assert (gcm_10["owner"], gcm_10["owner_name"], gcm_10["due"], gcm_10["last_update"], gcm_10["updates"]) == (None, None, None, None, [])
    assert items["ap-02"]["status"] == "dropped"
    assert (items["ap-02"]["duplicate_of"], items["ap-02"]["supersedes"], items["ap-02"]["last_update"]) == ("ap-01", "ap-01-1", "2013")
    assert items["ap-01-1"]["parent"] == "ap-01"
    assert items["ap-01"]["criteria"] == ["Avtalen skal være i tråd med internasjonale konvensjoner"]
    assert (items["ap-01"]["section"], items["ap-01"]["section_title"], items["ap-01"]["initiative"]) == ("3.4.2", "Hjelpe flere", "init-pott")
    assert (items["gcm-review"]["section"], items["gcm-review"]["paragraph"], items["gcm-review"]["overdue"]) == ("Oppfølging og gjennomgang", 49, True)
    assert items["fu-02"]["overdue"] is False  # past due, but done


def test_status_json_titles_follow_the_language(runner: CliRunner) -> None:
    items = {item["id"]: item for item in json.loads(ok(run(runner, "status", "--all", *AS_OF, "--lang", "nb", "--format", "json")))["items"]}
    assert items["gcm-10"]["title"] == "Forebygge, bekjempe og utrydde menneskehandel"
    assert items["fu-02"]["owner_name"] == "Utenriksdepartementet"
    assert items["fu-01"]["status"] == "in_progress"  # codes, never labels


def test_status_csv_reads_back(runner: CliRunner) -> None:
    rows = list(csv.DictReader(io.StringIO(ok(run(runner, "status", "--all", *AS_OF, "--lang", "nb", "--format", "csv")))))
    assert len(rows) == 11
    assert tuple(rows[0]) == ITEM_FIELDS
    by_id = {row["id"]: row for row in rows}
    assert by_id["fu-03"] == {
        "id": "fu-03",
        "kind": "followup",
        "title": "Rapportere årlig til Stortinget | også om IOMs arbeid med …",
        "status": "not_started",
        "status_label": "ikke påbegynt",
        "owner": "jd",
        "owner_name": "Justisdepartementet",
        "due": "2013",
        "overdue": "true",
        "last_update": "",
        "objectives": "",
        "actions": "",
        "source_document": "plan",
        "source_locator": "line 7",
        "source_quote": "Rapportere årlig",
        "text": "Rapportere årlig til Stortinget | også om IOMs arbeid med retur og reintegrering",
        "note": "Særlig viktig.",
    }
    assert (by_id["fu-01"]["objectives"], by_id["fu-01"]["actions"]) == ("10", "10.b")
    assert (by_id["gcm-10"]["title"], by_id["gcm-10"]["actions"]) == ("Forebygge, bekjempe og utrydde menneskehandel", "10.a 10.b 10.c")
    assert by_id["fu-02"]["note"] == "Se [link=https://example.org]vedlegg[/link] og [bold]merk[/bold] :warning:"


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        (["--kind", "pledge"], ["ap-01", "ap-01-1", "ap-02"]),
        (["--kind", "objective", "--kind", "compact_commitment"], ["gcm-01", "gcm-02", "gcm-10", "gcm-review"]),
        (["--status", "in_progress"], ["fu-01", "fu-04"]),
        (["--status", "stalled", "--status", "dropped"], ["ap-01", "ap-02"]),
        (["--owner", "ud"], ["fu-01", "fu-02", "fu-04"]),
        (["--objective", "10"], ["ap-01", "fu-01", "fu-02", "fu-04", "gcm-10"]),
        (["--source", "prog"], ["ap-01", "ap-01-1", "ap-02"]),
        (["--overdue"], ["fu-01", "fu-03", "gcm-review"]),
        (["--overdue", "--as-of", "2013-12-31"], ["fu-01"]),
        (["--due-before", "2013-07"], ["fu-01", "fu-02"]),
        (["--stale", "365", "--kind", "followup"], ["fu-01", "fu-02", "fu-03"]),
        (["--search", "pagar"], ["fu-04"]),
        (["--search", "GENEVE", "--owner", "ud-hum", "--overdue"], ["fu-01"]),
        (["--sort", "due", "--kind", "followup"], ["fu-02", "fu-01", "fu-03", "fu-04"]),
        (["--sort", "status", "--kind", "followup"], ["fu-03", "fu-01", "fu-04", "fu-02"]),
        (["--sort", "owner", "--kind", "followup"], ["fu-03", "fu-02", "fu-01", "fu-04"]),
        (["--sort", "id", "--kind", "followup"], ["fu-01", "fu-02", "fu-03", "fu-04"]),
    ],
)
def test_each_filter_and_sort_option(runner: CliRunner, options: list[str], expected: list[str]) -> None:
    args = ["status", *AS_OF, *options, "--format", "json"] if "--as-of" not in options else ["status", *options, "--format", "json"]
    document = json.loads(ok(run(runner, *args)))
    assert [item["id"] for item in document["items"]] == expected


def test_an_empty_result_says_so_and_exits_0(runner: CliRunner) -> None:
    result = run(runner, "status", *AS_OF, "--search", "no such words")
    assert ok(result) == ""
    assert result.stderr == "commit-tracker: no item matches the filters (0 of 11 item(s)).\n"
    document = json.loads(ok(run(runner, "status", *AS_OF, "--search", "no such words", "--format", "json")))
    assert document["items"] == []
    assert document["summary"] == {}
    assert ok(run(runner, "status", *AS_OF, "--search", "no such words", "--format", "csv")) == ",".join(ITEM_FIELDS) + "\n"
    assert ok(run(runner, "status", *AS_OF, "--search", "no such words", "--format", "markdown")) == ""


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--owner", "ud-hun"], "commit-tracker: error: --owner: no owner 'ud-hun' in the data (did you mean 'ud-hum'?)\n"),
        (["--source", "plam"], "commit-tracker: error: --source: no source document 'plam' in the data (did you mean 'plan'?)\n"),
        (["--objective", "5"], "commit-tracker: error: --objective: objective 5 is not in the data\n"),
    ],
)
def test_a_filter_naming_nothing_in_the_data_is_a_usage_error(runner: CliRunner, options: list[str], message: str) -> None:
    result = run(runner, "status", *options)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == message


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--as-of", "2012-02-30"], "--as-of: '2012-02-30' is not a real date (no day 30 in that month)"),
        (["--as-of", "2012-02"], "--as-of: '2012-02' is not a day; write YYYY-MM-DD"),
        (["--as-of", "tomorrow"], "--as-of: 'tomorrow' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD"),
        (["--due-before", "2013-13"], "--due-before: '2013-13' has no month 13"),
        (["--objective", "ten"], "--objective: 'ten' is neither an objective number (10) nor an action (10.c)"),
        (["--objective", "24"], "--objective: objective 24 is not in the data (did you mean '2'?)"),
        (["--objective", "10.x"], "--objective: action 10.x is not in the data (did you mean '10.c'?)"),
        (["--stale", "-1"], "--stale: input should be greater than or equal to 0"),
        (["--status", "finished"], "--status: 'finished' is not a status; choose from " + ", ".join(Status)),
        (["--status", "in_progres"], "--status: 'in_progres' is not a status; choose from " + ", ".join(Status) + " (did you mean 'in_progress'?)"),
        (["--status", "pågåår"], "--status: 'pågåår' is not a status; choose from " + ", ".join(Status) + " (did you mean 'in_progress'?)"),
        (["--kind", "folowup"], "--kind: 'folowup' is not a kind; choose from " + ", ".join(Kind) + " (did you mean 'followup'?)"),
        (["--owner", "UD-HUN"], "--owner: no owner 'UD-HUN' in the data (did you mean 'ud-hum'?)"),
        (["--format", "jsn"], "--format: 'jsn' is not one of table, json, csv, markdown (did you mean 'json'?)"),
        (["--sort", "stauts"], "--sort: 'stauts' is not one of id, due, status, owner (did you mean 'status'?)"),
        (["--stauts", "done"], "no such option: --stauts (did you mean '--status'?)"),
    ],
)
def test_a_bad_option_value_is_one_line_in_one_style_with_exit_2(runner: CliRunner, options: list[str], message: str) -> None:
    result = run(runner, "status", *options)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == f"commit-tracker: error: {message}\n"


def test_show_and_owners_check_the_date_too(runner: CliRunner) -> None:
    for command in (["show", "fu-01"], ["owners"]):
        result = run(runner, *command, "--as-of", "2012-02-30")
        assert result.exit_code == 2
        assert "not a real date" in result.stderr


# show


def test_show_a_follow_up(runner: CliRunner) -> None:
    assert (
        ok(run(runner, "show", "fu-01", *AS_OF, "--lang", "en"))
        == """\
fu-01 · follow-up
title        Ta opp evalueringen
text         Seksjonen tar opp evalueringen med IOM i Genève
status       in progress
owner        ud-hum: Seksjon for humanitære spørsmål (part of Ministry of
             Foreign Affairs)
due          2013-06 !
last update  2012-11-30
objectives   10, 10.b
source       plan, line 3
quote        tar opp evalueringen
group        ministry

Status history
date             status       note                   source
──────────────────────────────────────────────────────────────────────────────
2012 (inferred)  not started  Ingenting rapportert.
2012-11-30       in progress  Tatt opp i rådet.      plan, line 40: "Tatt opp"

Links
relation       id      via       status        title
────────────────────────────────────────────────────────────────────────────────
objective      gcm-10  10, 10.b  not assessed  Prevent, combat and eradicate
                                               trafficking in persons
duplicated by  fu-04             in progress   Seksjonen tar opp evalueringen
                                               med IOM i Genève
"""
    )


def test_show_an_objective_in_norwegian_lists_the_items_linked_to_it(runner: CliRunner) -> None:
    assert (
        ok(run(runner, "show", "gcm-10", *AS_OF, "--lang", "nb"))
        == """\
Status per type
status              antall     %  andel
──────────────────────────────────────────────────────
Oppfølgingspunkter       3
  pågår                  2   67%  █████████████░░░░░░░
  gjennomført            1   33%  ███████░░░░░░░░░░░░░
Løfter                   1
  stanset                1  100%  ████████████████████

Trenger oppfølging (2)
hvorfor  id     status   frist      tittel
────────────────────────────────────────────────────────────────────────────────
forfalt  fu-01  pågår    2013-06 !  Ta opp evalueringen
stanset  ap-01  stanset  —          Innføre en solidaritetspott for…

Alle punkter: commit-tracker status --objective 10

gcm-10 · mål
nummer            10
tittel (bokmål)   Forebygge, bekjempe og utrydde menneskehandel
tittel (engelsk)  Prevent, combat and eradicate trafficking in persons
tekst             Vi forplikter oss til å bekjempe menneskehandel.
status            ikke vurdert
frist             —
sist oppdatert    —
kilde             gcm, MÅL 10 (§ 26)
sitat             MÅL 10: Forebygge
paragraf          26

Tiltak
bokstav  tekst
─────────────────────────────
10.a     fremme ratifisering
10.b     fremme gjennomføring
10.c     styrke kapasiteten

Koblinger
forhold       id     via       status       tittel
────────────────────────────────────────────────────────────────────────────────
koblet punkt  fu-01  10, 10.b  pågår        Ta opp evalueringen
koblet punkt  fu-02  10.a      gjennomført  Styrke arbeidet mot menneskehandel
                                            [utkast]
koblet punkt  fu-04  10        pågår        Seksjonen tar opp evalueringen med
                                            IOM i Genève
koblet punkt  ap-01  10.c      stanset      Innføre en solidaritetspott for
                                            flyktninger og mottakerland
"""
    )


def test_show_prints_markup_from_the_data_as_written_in_a_narrow_terminal(runner: CliRunner) -> None:
    assert (
        ok(run(runner, "show", "fu-02", *AS_OF, "--lang", "en", columns=40))
        == """\
fu-02 · follow-up
text         Styrke arbeidet mot
             menneskehandel [utkast]
status       done
owner        ud: Ministry of Foreign
             Affairs
due          2012-12
last update  2012-12-15
objectives   10.a
source       plan, line 5
quote        Styrke arbeidet
note         Se
             [link=https://example.org]v
             edlegg[/link] og
             [bold]merk[/bold] :warning:

Status history
date        status  note          source
────────────────────────────────────────
2012-12-15  done    Gjennomført.

Links
id      status        title
────────────────────────────────────────
gcm-10  not assessed  Prevent, combat
                      and eradicate
                      trafficking in
                      persons
Not shown at 40 columns: via, relation
(widen the terminal or use --format
csv).
"""
    )


def test_show_a_pledge_as_markdown(runner: CliRunner) -> None:
    assert (
        ok(run(runner, "show", "ap-01", *AS_OF, "--lang", "en", "--format", "markdown"))
        == """\
**ap-01 · pledge**

- **text:** Innføre en solidaritetspott for flyktninger og mottakerland
- **status:** stalled
- **due:** —
- **last update:** 2013-05-02
- **objectives:** 10.c
- **source:** prog, 3.4.2, line 10
- **quote:** Innføre en solidaritetspott
- **section:** 3.4.2 Hjelpe flere
- **initiative:** init-pott: Hjelpe flere: en solidaritetspott
- **criteria:** Avtalen skal være i tråd med internasjonale konvensjoner

**Status history**

| date | status | note | source |
|---|---|---|---|
| 2013-05-02 | stalled | Stanset i påvente av budsjettet. |  |

**Links**

| relation | id | via | status | title |
|---|---|---|---|---|
| objective | gcm-10 | 10.c | not assessed | Prevent, combat and eradicate trafficking in persons |
| sub-item | ap-01-1 |  | not assessed | Potten skal finansieres over bistandsbudsjettet og støtte … |
| duplicated by | ap-02 |  | dropped | Opprette en solidaritetspott |
"""
    )


def test_show_json_has_the_item_and_its_links(runner: CliRunner) -> None:
    document = json.loads(ok(run(runner, "show", "ap-01-1", *AS_OF, "--lang", "en", "--format", "json")))
    assert (document["version"], document["as_of"], len(document["items"])) == (1, "2014-01-01", 1)
    item = document["items"][0]
    assert (item["id"], item["kind"], item["parent"], item["objectives"]) == ("ap-01-1", "pledge", "ap-01", [1])
    assert item["links"] == [
        {"relation": "objective", "id": "gcm-01", "kind": "objective", "title": "Collect and utilize accurate data", "status": "not_assessed", "refs": ["1"]},
        {
            "relation": "parent",
            "id": "ap-01",
            "kind": "pledge",
            "title": "Innføre en solidaritetspott for flyktninger og mottakerland",
            "status": "stalled",
            "refs": [],
        },
        {"relation": "superseded_by", "id": "ap-02", "kind": "pledge", "title": "Opprette en solidaritetspott", "status": "dropped", "refs": []},
    ]


def test_show_csv_is_the_item_row_with_its_links(runner: CliRunner) -> None:
    rows = list(csv.DictReader(io.StringIO(ok(run(runner, "show", "ap-01", *AS_OF, "--lang", "en", "--format", "csv")))))
    assert tuple(rows[0]) == (*ITEM_FIELDS, "links")
    assert len(rows) == 1
    assert (rows[0]["id"], rows[0]["status_label"], rows[0]["links"]) == ("ap-01", "stalled", "objective:gcm-10 child:ap-01-1 duplicated_by:ap-02")


def test_an_unknown_id_is_one_line_with_a_suggestion_and_exit_2(runner: CliRunner) -> None:
    result = run(runner, "show", "fu-1")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == "commit-tracker: error: no item or owner with id 'fu-1' in the data (did you mean 'fu-01'?)\n"


# coverage


def test_coverage_table(runner: CliRunner) -> None:
    result = run(runner, "coverage", "--lang", "en")
    assert (
        ok(result)
        == """\
Coverage of the compact's objectives
 #  objective                     follow-ups  pledges  total  by status
────────────────────────────────────────────────────────────────────────────────
 1  Collect and utilize accurate           0        1      2  2 not assessed
    data
 2  Minimize adverse drivers               0        0      0  gap: nothing
                                                              linked
10  Prevent, combat and                    3        1      4  2 in progress, 1
    eradicate trafficking in                                  done, 1 stalled
    persons

Objectives with nothing linked: 2
"""
    )
    assert result.stderr == NOTE_23


def test_coverage_markdown_in_norwegian(runner: CliRunner) -> None:
    assert (
        ok(run(runner, "coverage", "--lang", "nb", "--format", "markdown"))
        == """\
**Dekning av avtalens mål**

| # | mål | oppfølging | løfter | totalt | etter status |
|---:|---|---:|---:|---:|---|
| 1 | Samle og utnytte nøyaktige data | 0 | 1 | 2 | 2 ikke vurdert |
| 2 | Minimere drivkrefter | 0 | 0 | 0 | hull: ingen koblede punkter |
| 10 | Forebygge, bekjempe og utrydde menneskehandel | 3 | 1 | 4 | 2 pågår, 1 gjennomført, 1 stanset |

Mål uten koblede punkter: 2
"""
    )


def test_coverage_json(runner: CliRunner) -> None:
    document = json.loads(ok(run(runner, "coverage", "--lang", "en", "--format", "json")))
    assert list(document) == ["version", "objectives", "gaps"]
    assert (document["version"], document["gaps"]) == (1, [2])
    ten = document["objectives"][2]
    assert ten == {
        "number": 10,
        "id": "gcm-10",
        "title": "Prevent, combat and eradicate trafficking in persons",
        "status": "not_assessed",
        "total": 4,
        "by_kind": {"objective": 0, "compact_commitment": 0, "followup": 3, "pledge": 1},
        "by_status": {"not_assessed": 0, "not_started": 0, "in_progress": 2, "partly_done": 0, "done": 1, "stalled": 1, "dropped": 0},
        "gap": False,
        "items": ["fu-01", "fu-02", "fu-04", "ap-01"],
    }
    assert [(row["number"], row["gap"], row["total"]) for row in document["objectives"]] == [(1, False, 2), (2, True, 0), (10, False, 4)]


def test_coverage_csv_reads_back(runner: CliRunner) -> None:
    rows = list(csv.DictReader(io.StringIO(ok(run(runner, "coverage", "--lang", "en", "--format", "csv")))))
    assert tuple(rows[0]) == COVERAGE_FIELDS
    assert [(row["number"], row["gap"], row["followup"], row["pledge"], row["compact_commitment"], row["total"]) for row in rows] == [
        ("1", "false", "0", "1", "1", "2"),
        ("2", "true", "0", "0", "0", "0"),
        ("10", "false", "3", "1", "0", "4"),
    ]
    assert (rows[2]["in_progress"], rows[2]["done"], rows[2]["stalled"], rows[2]["items"]) == ("2", "1", "1", "fu-01 fu-02 fu-04 ap-01")
    assert rows[2]["title"] == "Prevent, combat and eradicate trafficking in persons"


# owners


def test_owners_table_in_norwegian(runner: CliRunner) -> None:
    assert (
        ok(run(runner, "owners", *AS_OF, "--lang", "nb"))
        == """\
Ansvarlige
ansvarlig  navn                               totalt  etter status       forfalt
────────────────────────────────────────────────────────────────────────────────
ud         Utenriksdepartementet                   1  1 gjennomført            0
ud-hum     Seksjon for humanitære spørsmål         2  2 pågår                  1
           (under Utenriksdepartementet)
jd         Justisdepartementet                     1  1 ikke påbegynt          1
iom        Den internasjonale organisasjonen       0                           0
           for migrasjon
—          (ingen ansvarlig)                       7  5 ikke vurdert, 1        1
                                                      stanset, 1
                                                      frafalt
"""
    )


def test_owners_markdown(runner: CliRunner) -> None:
    assert (
        ok(run(runner, "owners", *AS_OF, "--lang", "en", "--format", "markdown"))
        == """\
**Owners**

| owner | name | total | by status | overdue |
|---|---|---:|---|---:|
| ud | Ministry of Foreign Affairs | 1 | 1 done | 0 |
| ud-hum | Seksjon for humanitære spørsmål (part of Ministry of Foreign Affairs) | 2 | 2 in progress | 1 |
| jd | Ministry of Justice | 1 | 1 not started | 1 |
| iom | International Organization for Migration | 0 |  | 0 |
| — | (no owner) | 7 | 5 not assessed, 1 stalled, 1 dropped | 1 |
"""
    )


def test_owners_json(runner: CliRunner) -> None:
    document = json.loads(ok(run(runner, "owners", *AS_OF, "--lang", "en", "--format", "json")))
    assert (document["version"], document["as_of"]) == (1, "2014-01-01")
    owners = document["owners"]
    assert owners[1] == {
        "id": "ud-hum",
        "name": "Seksjon for humanitære spørsmål",
        "parent": "ud",
        "parent_name": "Ministry of Foreign Affairs",
        "total": 2,
        "by_status": {"not_assessed": 0, "not_started": 0, "in_progress": 2, "partly_done": 0, "done": 0, "stalled": 0, "dropped": 0},
        "overdue": 1,
        "items": ["fu-01", "fu-04"],
    }
    assert [(owner["id"], owner["total"], owner["overdue"]) for owner in owners] == [("ud", 1, 0), ("ud-hum", 2, 1), ("jd", 1, 1), ("iom", 0, 0), (None, 7, 1)]


def test_owners_csv_reads_back(runner: CliRunner) -> None:
    rows = list(csv.DictReader(io.StringIO(ok(run(runner, "owners", *AS_OF, "--lang", "nb", "--format", "csv")))))
    assert tuple(rows[0]) == OWNER_FIELDS
    assert [(row["id"], row["name"], row["parent_name"], row["total"], row["overdue"]) for row in rows] == [
        ("ud", "Utenriksdepartementet", "", "1", "0"),
        ("ud-hum", "Seksjon for humanitære spørsmål", "Utenriksdepartementet", "2", "1"),
        ("jd", "Justisdepartementet", "", "1", "1"),
        ("iom", "Den internasjonale organisasjonen for migrasjon", "", "0", "0"),
        ("", "", "", "7", "1"),
    ]
    assert (rows[4]["not_assessed"], rows[4]["stalled"], rows[4]["dropped"]) == ("5", "1", "1")


# Language, colour and the terminal


def test_the_language_defaults_to_the_locale(runner: CliRunner) -> None:
    norwegian = ok(run(runner, "owners", *AS_OF, LANG="nb_NO.UTF-8"))
    assert norwegian.startswith("Ansvarlige\nansvarlig ")
    english = ok(run(runner, "owners", *AS_OF, LANG="en_US.UTF-8"))
    assert english.startswith("Owners\nowner ")
    assert ok(run(runner, "owners", *AS_OF)).startswith("Owners\n")  # no locale: English


ESC = "\x1b["


def test_colour_only_when_asked_or_on_a_terminal(runner: CliRunner) -> None:
    # The runner's stdout is not a terminal: no colour unless --color always.
    assert ESC not in ok(run(runner, "status", *AS_OF))
    coloured = ok(run(runner, "status", *AS_OF, "--color", "always"))
    assert ESC in coloured
    # Only the table format is ever coloured.
    assert ESC not in ok(run(runner, "status", *AS_OF, "--color", "always", "--format", "markdown"))
    # The explicit option wins over NO_COLOR (https://no-color.org: a flag overrides the variable).
    assert ESC in ok(run(runner, "status", *AS_OF, "--color", "always", NO_COLOR="1"))
    assert ESC not in ok(run(runner, "status", *AS_OF, "--color", "never"))


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(
    ("choice", "no_color", "coloured"),
    [("auto", None, True), ("auto", "1", False), ("auto", "", True), ("never", None, False), ("always", "1", True)],
)
def test_colour_on_a_terminal(monkeypatch: pytest.MonkeyPatch, choice: str, no_color: str | None, coloured: bool) -> None:
    from commit_tracker.cli.reporting import terminal as _console
    from commit_tracker.report import ColorChoice

    monkeypatch.setattr(sys, "stdout", _Terminal())
    monkeypatch.setenv("COLUMNS", "80")
    if no_color is None:
        monkeypatch.delenv("NO_COLOR", raising=False)
    else:
        monkeypatch.setenv("NO_COLOR", no_color)
    console = _console(ColorChoice(choice))
    assert (console.color_system is not None) is coloured
    assert console.width == 80


def test_markup_in_the_data_is_printed_as_written_even_in_colour(runner: CliRunner) -> None:
    shown = ok(run(runner, "show", "fu-02", *AS_OF, "--lang", "en", "--color", "always", columns=200))
    assert "[link=https://example.org]vedlegg[/link] og [bold]merk[/bold] :warning:" in shown
    assert "[utkast]" in shown
    assert "⚠" not in shown


def test_a_pipe_gets_unwrapped_lines(runner: CliRunner) -> None:
    # No COLUMNS and not a terminal: nothing is wrapped, whatever the length.
    result = runner.invoke(app, ["status", "--all", *AS_OF, "--lang", "en", "--data", str(REPORTS)], env={**QUIET_ENV, "COLUMNS": None})
    line = next(line for line in ok(result).splitlines() if line.startswith("fu-03"))
    assert line.split() == [
        "fu-03",
        "Rapportere",
        "årlig",
        "til",
        "Stortinget",
        "|",
        "også",
        "om",
        "IOMs",
        "arbeid",
        "med",
        "…",
        "jd",
        "not",
        "started",
        "2013",
        "!",
        "—",
    ]


@pytest.mark.skipif(os.name != "posix", reason="pipes behave differently elsewhere")
def test_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    for name in ("sources.yaml", "owners.yaml"):
        shutil.copyfile(REPORTS / name, tmp_path / name)
    many = "".join(f"  - id: fu-{n:04}\n    text: Punkt {n}\n    owner: ud\n    source: {{document: plan, locator: l, quote: q}}\n" for n in range(3000))
    (tmp_path / "followups.yaml").write_text("followups:\n" + many, encoding="utf-8")
    command = f"{sys.executable} -m commit_tracker status --data {tmp_path} --color always | head -c 10"
    result = subprocess.run(command, shell=True, capture_output=True, text=True, check=False, env={**os.environ, "COLUMNS": "80"})
    assert "Traceback" not in result.stderr
    assert "BrokenPipeError" not in result.stderr
    assert "Exception ignored" not in result.stderr


# The data must be valid


def test_a_report_on_data_with_errors_prints_the_findings_and_exits_1(runner: CliRunner, tmp_path: Path) -> None:
    for path in REPORTS.glob("*.yaml"):
        shutil.copyfile(path, tmp_path / path.name)
    text = (tmp_path / "followups.yaml").read_text(encoding="utf-8")
    (tmp_path / "followups.yaml").write_text(text.replace("owner: jd", "owner: jdd"), encoding="utf-8")
    result = runner.invoke(app, ["status", "--data", str(tmp_path)], env=QUIET_ENV)
    assert result.exit_code == 1
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert lines[0].endswith(
        "followups.yaml:33:12: error: fu-03: owner 'jdd' is not in the owners registry; add it to the owners or fix the id [unknown-owner]"
    )
    assert lines[1:] == ["commit-tracker: error: the data has 1 error(s); fix them before reporting (commit-tracker validate)"]


# Start-up and help


def test_the_commands_do_not_import_rich_or_pydantic_at_start_up() -> None:
    code = "import sys, commit_tracker.cli; print(sorted(m for m in sys.modules if m.split('.')[0] in ('rich', 'pydantic', 'yaml')))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert result.stdout == "[]\n"


@pytest.mark.parametrize("command", ["status", "show", "coverage", "owners"])
def test_help_shows_examples_and_exit_codes(runner: CliRunner, command: str) -> None:
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert f"commit-tracker {command}" in result.stdout
    assert "Exit codes: 0" in result.stdout


def test_data_with_no_commitments_says_so(runner: CliRunner, tmp_path: Path) -> None:
    for name in ("sources.yaml", "owners.yaml"):
        shutil.copyfile(REPORTS / name, tmp_path / name)
    result = runner.invoke(app, ["status", "--data", str(tmp_path)], env=QUIET_ENV)
    assert result.exit_code == 0
    assert result.stdout == ""
    assert result.stderr == "commit-tracker: the data has no commitments yet.\n"
