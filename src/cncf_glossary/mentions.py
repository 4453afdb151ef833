"""Find the glossary terms a free text mentions, and link them.

:class:`TextIndex` finds mentions in three steps:

1. **Exact names.** Every name, alias and acronym of every term, matched
   case-insensitively at word boundaries, with any of ``-``, ``_``, ``.``, ``/``
   or blanks (or nothing) between the words of a name (``Cloud Native
   Buildpacks``, ``cloud-native buildpacks``, a name wrapped onto an indented
   line) and with plural endings; a one-word name may be split by a hyphen
   (``multi-tenancy``, ``side-car``). An Aho-Corasick automaton (pyahocorasick)
   proposes the names in one pass over the text with its punctuation blanked; a
   regular expression built as a character trie over the same names decides
   wherever the blanks could mislead. The match is leftmost and then longest,
   so ``Helm chart`` beats ``Helm``; mentions never overlap.
   Abbreviations of three letters or fewer (``CD``, ``SIG``) and acronyms
   derived from names (``HPA``) count only in capitals, unless the data gives
   them in lower case too (``hpa``, kubectl's short name). An acronym made
   from an alias or from a concept's descriptive name (``CET``, "chaos
   engineering tool") counts only where the text names the term otherwise too.
2. **Misspellings** of longer names (``containered``, ``Kubernets``): a word
   that is neither an English word (see :func:`~cncf_glossary.lookup.english_words`)
   nor part of any name is compared, alone and with up to two neighbours, with
   the names of seven or more letters: one edit allowed up to nine letters, two
   up to fourteen, three beyond, the first letter kept, and a name plus a
   suffix (``namespaced``) is a derived word, not a typo.
3. **Ordinary words.** A one-word name of a term marked ``common_word`` (kind,
   Helm, Harbor, Draft, stack, Node, and names in capitals such as KUDO or MVP),
   or a project's or specification's name made of plain words ("in toto", "bank
   vaults"), or a name the data writes in capitals written otherwise ("Kaito",
   "spire"), is kept only when the context says the term is meant: always inside
   a code span, unless it is a key there (``kind: Pod``, ``stack = "x"``, an HCL
   block's type: ``resource "a" "b" {``), a field named in prose ("the
   `image` key"), a column of a command's output (``NAME   READY``), a flag's
   value (``--target stack``),
   kubectl's short name outside a kubectl command, or a program that runs the
   command after it (``watch -n5 kubectl ...``, ``$ host example.com``); a
   lower-case word in a comment of a block of code reads as prose (``# freeze
   writes on the old stack``);
   nowhere when joined by a hyphen to another capitalised word ("Node-RED");
   otherwise when the
   evidence adds up to 2 or more:

   - *case*: capitalised mid-sentence (+1); next to another capitalised word
     that is no glossary word, no abbreviation, no name with capitals inside
     and no cue word (-1: "Pearl Harbor" is another name; not "Hubble UI",
     "Rook Ceph", "PgBouncer sidecar"), or in a list of
     such words (-1: "Frankfurt, Lima and Sydney"); a
     project's capitalised name written in lower case (-2: "the ship's harbor"),
     unless the sentence starts in lower case too (a chat message);
     a name of several words spelt as in the data with a hyphen or capitals
     inside (+2: "in-toto", "Bank-Vaults");
     a project's name followed within four words by he, she, his, her..., or
     by "who" or a verb of speech (-2: "Thanos snapping his fingers", "Dex
     noted"; not "maintainers of Falco, who"), or given to something ("a
     sloop called Argo"; not "a tool called Helm": -2); after a title ("Mr
     Jenkins") or as a code name ("codename Atlantis"): rejected; a lower-case
     alias that cuts a one-word name short ("deploy" for Deployment) only
     after kubectl;
   - *compound*: a name written in lower case in the data, in lower case after
     a plain modifier ("tech stack", "human operator", "first draft"; not a
     product's name, "RabbitMQ exporter", nor a size or an age, "a small
     operator"): -2;
     after "be", "so", "very"... ("please be kind"): -2;
   - *usually meant*: a word marked ``usually_meant`` in the data, whose plain
     sense is rare in cloud-native text (cluster, pod, sidecar): +1; in lower
     case with nothing against it, in a text where five different terms or more
     are kept, that is enough;
   - *cue words* (the term's tags, its other names, the names of related terms,
     and the jargon of its definition) next to it (+2: "a kind cluster") or
     within four words (+1); a subcommand after a project's name ("helm
     upgrade", "terraform apply"), or a version after it as the data spells it
     ("Helm 2", "kind v0.23"): +2;
   - *other mentions*, once the above leaves 0 or 1: a related term in the same
     sentence (+2; +1 if it is a hub related to very many terms, like
     Kubernetes), any term in the sentence or a related one in the paragraph
     (+1), a paragraph with three or more other terms (+1); for a general
     concept (Node, Pod, not a project or a part of one) a sentence with two
     other terms or with a term two relations away (+1 each); these count 2 at
     most;
   - the same term kept elsewhere in the paragraph (+1); an undecided word of
     a related term in the same sentence (+1: "a taint ... a toleration");
   - a heading or another paragraph under 100 characters reads with the
     paragraph after it, whose first sentence counts as the heading's own
     unless the name is all the heading says ("## Jobs": a section);
   - lower case before "of" as a hedge or a quantity ("what kind of", "a stack
     of"; not "every pod of the job") rejects.

A name with a word of its term's ``plain_sense`` within six words in its sentence
("the Kepler space telescope", "Prometheus steals fire"), or inside one of its
idioms (a ``plain_sense`` entry of several words: "no secret", "at the helm"), is
no mention at all.
A short alias in lower case after a number or inside a version ("25 cm",
"a hundred ns", "v1.0-rc.1") is a unit or part of the version, and joined by a
hyphen to a word that does not describe it, part of another identifier
("kube-system"; not "k8s-based").
A project's name right after a cloud vendor's is that vendor's product ("the OCI
Vault"); a counted node of a database or a broker is its own ("a three-node
CockroachDB ring"); a lower-case team field's value is a team ("team: cortex").
In a technical text, "the" and a lower-case word naming the kind of a thing named
before is that thing ("the operator" after CloudNativePG).
Mentions inside URLs, e-mail addresses, HTML tags, files' paths
(``/etc/rancher/k3s/k3s.yaml``, ``templates/pdb.yaml``) and branches
(``feat/chart-pdb``) are ignored, and so are
ordinary words inside a dotted name, a handle or a label path (``Node.js``,
``@acme``, ``kind/feature``).
"""

from __future__ import annotations

import bisect
import collections
import contextlib
import functools
import gc
import html
import operator
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from rapidfuzz import process
from rapidfuzz.distance import OSA

from .lookup import (
    SUBCOMMANDS,
    acronyms,
    english_words,
    is_english,
    name_variants,
    normalize,
    singulars,
    split_words,
)
from .models import (
    PROPER_KINDS,
    Kind,
    Mention,
    RelationKind,
    Term,
    related_ids,
    top_degree,
)

if TYPE_CHECKING:
    from collections.abc import Container, Generator, Iterable

__all__ = ["TextIndex"]


def _wordset(words: str) -> frozenset[str]:
    """The blank-separated words of ``words``."""
    return frozenset(words.split())


_SEP = r"(?:[-_./'\u2019]|\s{1,3})?"
# Each pattern starts with a literal, so that the regular expression engine skips
# ahead to it: one alternation of them all is several times slower on long texts.
_SKIP = (
    re.compile(r"https?://[^\s<>\"'`)\]]+"),
    re.compile(r"www\.[^\s<>\"'`)\]]+"),
    re.compile(r"@[\w-]+\.[\w.-]+"),  # e-mail: see _spans for the local part
    re.compile(r"<[A-Za-z/!][^<>\n]{0,500}>"),
)
# A word with a slash in it, from the slash on; see _paths for the part before.
_SLASHED = re.compile(r"/[\w.@+~-]*(?:/[\w.@+~-]*)*")
_PATH_CHARS = frozenset(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.@+~-"
)
_FILE = re.compile(r".*\.(?:ya?ml|json|toml|txt|md|sh|py|go|tf|tpl|conf|cfg|ini|lock)")
_BRANCH = _wordset("feat feature fix bugfix hotfix chore docs release")
# A domain before a slash: an API group or a label's key ("topology.kubernetes.io/
# zone", "karpenter.sh/nodepool"), an address without its scheme.
_DOMAIN = re.compile(r"(?:[\w-]+\.)+[a-z]{2,6}")
_CODE = (
    re.compile(r"```.*?(?:```|\Z)", re.S),
    re.compile(r"~~~.*?(?:~~~|\Z)", re.S),
    re.compile(r"`[^`\n]+`"),
    re.compile(r"<code>.*?</code>|<pre>.*?</pre>", re.S | re.I),
)
# Where an item of a list starts (a table's row is one too, its first cell the
# label), and what may come just before its label.
_ITEM = re.compile(
    r"^[ \t]*(?:(?:[-*+]|\d{1,2}[.)])[ \t]+|\|[ \t]*)(?:\*\*|__)?", re.MULTILINE
)
_TABLE_RULE = re.compile(r"[ \t]*\|?[ \t]*:?-{3,}")
_LABEL_MARKS = frozenset(["- ", "* ", "+ ", ". ", ") ", "**", "__", "| ", "\n|"])
_DOCKER_BEFORE = re.compile(r"\b(?:[Dd]ocker|[Ss]warm|[Pp]odman) $")

# An interjection that starts a sentence, then a comma, before a name spoken
# to; after it, the sentence ends.
_ADDRESSED_BEFORE = re.compile(
    r"(?:^|[.!?:>*\n][ \t]*)(?:thanks|thank you|good point|good catch|nice catch|"
    r"hi|hey|hello|sorry|cheers|welcome|congrats|congratulations|well done|"
    r"(?:good )?(?:morning|afternoon|evening))"
    r"[ \t]*,?[ \t]*$",
    re.IGNORECASE,
)
# ... or a greeting's emoji follows: "morning Ray 👋 handing over".
_ADDRESSED_AFTER = re.compile(
    r"[.!?](?:\s|$)|[ \t]*$|[ \t]*[\u2600-\u27bf\U0001f300-\U0001faff]"
)
_TYPES_VALUE = re.compile(
    r"[Tt]ypes[\"']?[ \t]*:[ \t]*(?:\[[^\n\]]*|\n(?:[ \t]*-[ \t]*[\w\"']+[ \t]*\n)*"
    r"[ \t]*-[ \t]*)[\"']?$"
)
# A company's legal form after a name.
_COMPANY = re.compile(
    r",?[ \t](?:Inc|Corp|Co|Ltd|LLC|GmbH|AG|plc|Corporation|Limited)(?![\w-])"
)
# A capitalised word that is no name's first after a concept's name in
# capitals: the two make another name ("Cloud Native Rejekts").
_NAME_AFTER = re.compile(r" ([A-Z][a-z]+)\b(?![-.]\w)")
# A wide gap before a value: after a key in an INI-like file.
_WIDE_GAP = re.compile(r"[ \t]{2,}\S")
# A key that gives a name, before its value: "clusterName: lima".
_NAME_VALUE = re.compile(r"[a-z][A-Za-z]*Name[\"']?:[ \t]*[\"']?$")
# A label's or an annotation's key with its domain, before its value.
_LABEL_VALUE = re.compile(r"(?:[\w-]+\.)+[a-z]{2,}/[\w.-]+[\"']?:[ \t]*[\"']?$")
_STAGE_NAME = re.compile(r"(?:^|\n)[ \t]*FROM[ \t]+\S+[ \t]+(?:AS|as)[ \t]+$")
_GROUPING = re.compile(r"\b(?:by|without)[ \t]*\((?:[ \t]*\w+[ \t]*,)*[ \t]*$")
_TYPE_KEY = re.compile(r"(?:^|\n)[ \t]*-?[ \t]*type:[ \t]*[\"']?$")
_JOINING = frozenset(["and", "or", "vs", "versus"])  # "pets and cattle"
# Adverbs of phrasal verbs, short enough to be missing from the word list.
_PARTICLES = frozenset(["up", "down", "out", "off"])
# kubectl's TYPE/NAME: the name after the slash, then the word ends.
_TYPE_NAME = re.compile(r"/[a-z0-9][a-z0-9.-]*(?=[\s`'\",;)]|$)")
_TYPE_BEFORE = frozenset(["", " ", "\t", "\n", "`", "("])
_SECTION_HEADING = re.compile(r"#{1,6}[ \t]+()")
_BLANK_LINES = re.compile(r"(?:[ \t]*\n){2,}")
_LETTERS = re.compile(r"[^\W_]+")  # the words of a name, case kept
_WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W\d_]{1,2}(?![^\W_]))?")
_LONG = re.compile(r"[^\W\d_][^\W_]{3,}")
_GAP = re.compile(r"[\s\-_./]{0,3}")
# A version number's first word (plain text); not a year ("Draft 2025 budget").
_VERSION = re.compile(r"v?(?!(?:19|20)\d\d\b)\d+")
_COMPOUND = re.compile(r"[^\W\d_]{2,}-[^\W\d_]{2,}")
# ASCII punctuation, blanks and controls to spaces: in what remains of an ASCII
# text, str.split finds the words that _WORD finds (but for apostrophes).
_PLAIN = {c: " " for c in range(128) if not chr(c).isalnum() and chr(c) != "'"}
# The end of a sentence: a stop, perhaps with a closing quote or bracket, before
# a blank; a blank line; a line that starts a heading, quote, table row or list
# item. One class of characters first, so that the engine skips to them.
_SENT_END = re.compile(
    r"[.!?\n](?:(?<=[.!?])[\"'\u201d\u2019)]?(?=\s)"
    r"|(?<=\n)[ \t]*(?:\n|(?:[#>|*+-]|\d+\.)\s))"
)
_PARA_END = re.compile(r"\n[ \t]*\n")
_STOP = _wordset(
    "a about above after again all also am an and another any are as at be been "
    "before being below between both but by can could did do does doing down during "
    "each either entire every few for from further get gets had has have having he "
    "her here hers him his how i if in into is it its itself just make makes many me "
    "more most my neither new no nor not now of off on once one only or other our "
    "ours out over own per same several she should so some such than that the their "
    "theirs them then there these they this those through to too two under until up us "
    "use used uses using very was way we were what when where which while who whole "
    "whom why will with would you your yours via whether across against among "
    "onto toward towards unless within without because although though since "
    "whose upon beyond despite throughout"
)
# Prepositions that start a phrase put before a sentence's subject ("In
# Dublin, Tinkerbell ..."): the word after is no item of a list.
_FRONTING = _wordset(
    "in at on from for with after before by since until during like unlike "
    "outside inside within across under over beyond besides"
)
_PERSONAL = frozenset(["he", "she", "his", "her", "him", "hers", "himself", "herself"])
# Verbs of speech after a name: a person speaks ("Dex noted", "Falco joked").
_SPEECH = _wordset(
    "said says noted joked laughed replied recalled admitted told smiled shrugged "
    "nodded wondered insisted grinned sighed commented asked answered pointed"
)
# Words before a name that pick one of its kind rather than make a compound:
# "a small operator", "a custom controller" (not "a human operator").
_INSTANCE = _wordset(
    "small big large tiny huge new old simple custom existing official basic "
    "minimal little single separate dedicated default"
)
# Verbs that take a thing of the field as their object: before it, no
# compound ("expose metrics", "drain nodes").
_VERBS = _wordset(
    "add apply attach bump collect configure copy cordon create debug decrypt "
    "define delete deploy describe destroy detach disable drain emit enable "
    "encrypt evict expose export fetch fix generate inject inspect install "
    "isolate keep kill merge migrate monitor mount move need provision pull push "
    "read rebuild reinstall remove renew replace restart rotate run scale scan "
    "scrape send serve share sign start stop update upgrade use validate verify "
    "want write store ingest query sample receive forward ship route filter parse "
    "retain correlate"
)
# Before a word in lower case, words that make it an adjective ("be kind", "so
# kind"): the plain sense.
_ADJECTIVAL = _wordset(
    "be is are was were been being so very too really quite how more most less"
)
_BE = _wordset("be is are was were been being")
# A pet, a relative, a friend: before a name ("our office dog Pixie", "my sister
# Lima") or before a word that names it ("a cat called Pixie").
_KIN_WORDS = (
    "dog cat puppy kitten pup parrot horse pony hamster rabbit pet beagle poodle "
    "terrier spaniel labrador collie retriever dachshund chihuahua goldfish "
    "tortoise budgie "
    "colleague coworker co-worker friend intern neighbour neighbor boss teammate "
    "son daughter wife husband brother sister mother father mom mum dad grandma "
    "grandpa cousin nephew niece boyfriend girlfriend volunteer person"
)
_KIN = _wordset(_KIN_WORDS)
# Components of Kubernetes whose plain name an operator's own part bears, in
# a sentence that speaks of an operator.
_OPERATORS_OWN = frozenset(["kube-controller-manager"])
_OPERATOR_NEAR = re.compile(r"operator(?!s? pattern)")
# The names of pets or people after the word for them in the plural, in
# apposition: "my neighbour's cats, Calico and Flannel", "our two dogs Helm and
# Argo".
_KIN_NAMED = re.compile(
    r"\b(?:"
    + "|".join(
        w[:-1] + "ies" if w.endswith("y") else w + "es" if w.endswith("s") else w + "s"
        for w in sorted(_KIN)
    )
    + r"|children|kids),?[ \t]+(?:[A-Z][a-z]+(?:,[ \t]+|[ \t]+(?:and|&)[ \t]+)){0,3}$"
)
# A title before a name: a person ("Mr Jenkins", "Dr. Helm"), or a pet; a role
# only people hold, or one that is somebody's, before a name or in apposition
# ("our CTO, Ray Castillo", "my manager, Ray"; not "the package manager, Helm").
# Titles written short, with a full stop: "Dr. Helm".
_SHORT_TITLES = _wordset("mr mrs ms mx dr prof")
_TITLES = _SHORT_TITLES | _wordset(
    "sir dame miss madam uncle aunt "
    # a boat's kind before its name: "the ketch Argo", "a sloop called Velero"
    "ketch sloop yacht schooner dinghy trawler catamaran steamer freighter "
    "lifeboat narrowboat cruiser boat "
    # a greeting: "(hi Ray)", "Dear Argo team" is asked elsewhere
    "hi hey dear " + _KIN_WORDS
)
# A ship's prefix, in capitals: "MV Envoy", "HMS Argo".
_SHIPS = frozenset(["MV", "MS", "HMS", "RMS", "SS", "USS", "RV", "FV", "MY", "HMY"])
_ROLES = _wordset(
    "ceo cto cfo coo ciso founder cofounder roommate flatmate landlord landlady"
)
_OWNED_ROLES = _wordset(
    "manager lead coach mentor teacher partner boss colleague friend intern dba"
)
# A role, a relative or a pet in brackets or apposition after a name: "Ray
# (our DBA, ...)", "that's Loki, my cat", "Flux, the team beagle", "Ray
# (ex-colleague of Sunil)", "Ray (the person, not the framework)".
_ROLE_AFTER = re.compile(
    r"(?: \(|, | (?=the ))(?:(?:(?:my|our|your|his|her|their) |ex-)([A-Za-z]+)"
    r"|(?:the|a|an) (?:[a-z]+ )?([a-z]+)\b)"
)
_POSSESSIVES = _wordset("my our your his her their")
_SOMEBODYS = _ROLES | _OWNED_ROLES | _KIN  # after "my", "our"...: a person's, a pet
# Words of travel before a place: "we arrive in Piraeus", "excursions for Lima".
_TRAVEL_BEFORE = re.compile(
    r"\b(?:arriv(?:e|es|ed|ing) (?:in|at)|dock(?:s|ed|ing)? (?:in|at)|sail(?:s|ed|ing)?"
    r" (?:to|for|into)|excursions? (?:to|for|in)|bound for|call(?:s|ed|ing)? at"
    r"|stopover in) $",
    re.IGNORECASE,
)
# A month after a place: "in Lima in November", "in Porto this May".
_IN_MONTH = re.compile(
    r" (?:in|this|next|last) (?:January|February|March|April|May|June|July|August"
    r"|September|October|November|December)\b"
)
# After a speaker's name in brackets, their team and the colon of what they
# said: "Q (Ray, payments):".
_SPEAKER_TEAM = re.compile(r", [a-z][\w-]*(?: [a-z][\w-]*)?\)\**:")
_SPEAKER_BEFORE = re.compile(r"\b(?:Q|Question|Asked by) ?$")
# A room or a hall after a name: the room is called after it.
_ROOM_AFTER = re.compile(r" (?:[Rr]oom|[Hh]all|[Ll]ounge|[Aa]uditorium|[Ss]uite)s?\b")
_PLURAL_VERBS = ("are ", "were ", "have ", "do ")
_REFLEXIVE = (" himself", " herself")
_TASK_BEFORE = re.compile(r"[-*+][ \t]+\[[ xX]\][ \t]+(?:\*\*)?$")
_LIKELY = "\x00"  # before a name in ``people``: likely a person's, not surely
# Adverbs before a verb in -s and its object: "usually names the Broker".
_ADVERBS = _wordset(
    "usually often always never also still rarely sometimes typically generally "
    "then now only just quickly automatically"
)
# Pronouns before a verb in -s.
_SUBJECTS = _wordset(
    "he she it someone somebody nobody anyone anybody everyone everybody who"
)
# Words before a verb: "to", a modal, a subject pronoun, "and" or "then".
_VERB_BEFORE = _wordset(
    "to will would can could must should may might shall and then please "
    "we you they i let's lets don't didn't doesn't never always also "
    "someone somebody anyone anybody everyone everybody"
)
# What comes just before the first word of a clause or of a quotation.
_CLAUSE_OPENERS = frozenset(["; ", ' "', " \u201c", '("', "(\u201c"])
# Words that start a verb's object or go with the verb: "watches every
# syscall", "spins up".
_OBJECT_START = _wordset(
    "the a an every each all its their our your his her my up down out"
)
# What may follow a verb: "watch for", "watch it scale", "you can watch yours".
_VERB_OBJECT = _OBJECT_START | {
    "for",
    "it",
    "yours",
    "mine",
    "ours",
    "theirs",
    "how",
    "whether",
}
# Before "to X for": thanks go to a person ("kudos to Ray for").
_THANKS = _wordset("thanks kudos props shoutout credit gratitude")
# The people a person works with: "kudos to Ray and the team".
_CREWS = _wordset("team crew gang folks squad rest")
# A determiner just before a word: "the Deployment", "one Deployment".
_DETERMINER_BEFORE = re.compile(
    r"(?<![\w-])(?:the|a|an|one|each|every|this|that|our|its|their|your|my|no) $"
)
# Words that give a name ("a boat called Argo"), and the things of the field
# whose names they may give ("a tool called Helm").
_NAMING = frozenset(["called", "named", "nicknamed", "dubbed"])
_NAMING_ENDS = tuple(w + " " for w in sorted(_NAMING))
# A pet's name after the word for it and one that names it: "a calico cat
# called Kubelet", "our dog named Helm".
_PET_NAMED = re.compile(
    r"\b(?:" + "|".join(sorted(_KIN)) + r")s? (?:" + "|".join(sorted(_NAMING)) + r") $",
    re.IGNORECASE,
)
# Somebody given a name: "named him", "called her".
_NAMED_SOMEBODY = re.compile(
    r"\b(?:called|named|nicknamed|dubbed|christened) (?:him|her|them) $"
)
_NAMED_ENDS = frozenset(["m ", "r "])
_FIELD_NOUNS = _wordset(
    "tool tools project projects framework library platform operator controller "
    "plugin service product runtime scheduler cli app application system engine "
    "proxy mesh registry database store backend exporter agent sandbox startup"
)
# Words that mark an aside about software in an everyday text.
_SOFTWARE = _FIELD_NOUNS | _wordset("software code")
# After a key in code: YAML's colon, an assignment (HCL, TOML, shell), or an HCL
# block's labels (``resource "helm_release" "argocd" {``, and in Terraform's
# errors ``in resource "helm_release" "edge":``).
_KEY = re.compile(r'["\']?:|[ \t]*=(?!=)|(?:[ \t]+"[^"\n]*"){1,2}[ \t]*[{:]')
# A word in code named as a field, or as the name of a namespace, a branch, a
# folder: "the `image` key", "the `kind` field", "the `ingress` namespace".
_FIELD_AFTER = re.compile(
    r"`(?:,?[ \t]+(?:(?:and|or)[ \t]+)?`[^`\n]+`)*[ \t]+"
    r"(?:keys?|fields?|labels?|columns?|flags?|options?|parameters?|settings?"
    r"|namespaces?|branch(?:es)?|folders?|director(?:y|ies)|repos?)\b"
)
# A table's header in a command's output: "NAME   READY   STATUS".
_HEADER_LINE = re.compile(
    r"[ \t]*[A-Z][A-Z0-9_-]*(?:[ \t]{2,}[A-Z][A-Z0-9_()-]*){2,}[ \t]*"
)
# Where a command starts: a line's start (after a prompt), a code span's opening,
# or after ;, |, && or (.
_COMMAND_HEAD = r"(?:^|\n|`|[;|&(])[ \t]*(?:\$[ \t]+)?"
_COMMAND_START = re.compile(_COMMAND_HEAD + "$")
# Docker's own subcommands, up to two words after the program.
_DOCKER_COMMAND = re.compile(
    _COMMAND_HEAD
    + r"(?:sudo[ \t]+)?(?:docker|podman|nerdctl)(?:[ \t]+[a-z]+){0,2}[ \t]+$"
)
_PROMPT = re.compile(r"(?:^|\n)[ \t]*\$[ \t]+$")
# A sentence up to its full stop: its first word, its last.
_SENTENCE_BEFORE = re.compile(
    r"(?:^|[.!?][ \t]+|\n[ \t]*\n)[^\w\n]*(\w)[^.!?\n]*?\b(\w{2,})[^\w\n]*$"
)
_ABBREVIATIONS = _wordset("etc vs approx incl cf ca eg ie resp esp fig no nr")
# Where a thing runs, before its platform's name: "ran on kind".
_RUNS_ON = re.compile(
    r"\b(?:runs?|ran|running|tested|testing|tests?|works?|worked|deployed|"
    r"built|locally)[ \t]+(?:on|in|inside|with|under)[ \t]+$",
    re.IGNORECASE,
)
# A comment on a line of code: "# freeze writes", "x := 1 // the old stack".
_COMMENT = re.compile(r"(?:^|[ \t])(?:#|//)[ \t]", re.MULTILINE)
# After a person's name, where they work: "Ray from the networking guild",
# "Ray in procurement" (not "Ray in production"), "Ray on our SRE team, who".
_TEAM_STARTS = (" from ", " in ", " on ")
_TEAM_AFTER = re.compile(
    r" (?:from (?:the |our |your )?(?:[\w-]+ ){0,2}(?:team|guild|squad|department"
    r"|dept|office|crew)\b|in (?:procurement|finance|legal|HR|marketing|sales"
    r"|accounting|accounts|facilities|payroll)\b"
    # "Ray on our SRE team for ..."; not "Flux on our team cluster"
    r"|on (?:the |our |your )(?:[\w-]+ ){0,2}(?:team|squad|crew)(?=[,.;:!?)]|"
    r" (?:for|who|and) |$))"
)
# A code span of symbols only, just before: "`&&`", "`==`", "`??`".
_SYMBOLS_SPAN = re.compile(r"`[^\w\s`]{1,3}`$")
_POSSESSIVE = ("'s ", "\u2019s ")
# Tools whose nodes are containers, so that a node's image is a container
# image (the tool "kind" in lower case; not the key "kind:").
_CONTAINER_NODES = re.compile(r"\b(?:kind\b(?!:)|kindest\b|k3d\b|minikube\b)")
# After "kind", words that make it the tool: "kind config", "in kind with two
# workers", "a kind-based job", "in kind, which stands for ...".
_KIND_TOOL_AFTER = re.compile(
    r"(?:-based\b| configs?\b| clusters?\b| (?:with|inside|locally)\b"
    r"| on (?:every|each|a|the|my|our|your)\b|, which\b)"
)
_ON_BEFORE = re.compile(r"(?<![\w-])[Oo]n $")
# Terms whose items go by their abbreviation and a number: "KEP-4815".
_NUMBERED_ITEMS = frozenset(["kubernetes-enhancement-proposal"])
# After an abbreviation in capitals, the number of a ticket or issue.
_TICKET = re.compile(r"-\d{3,}(?![\w-])")
# A version after a name, or a move to one: "Harbor 2.11.1", "Harbor v2",
# "Harbor moved to 2.11", "upgraded from v1.14".
_VERSION_AFTER = re.compile(
    r"(?:[ \t]+[a-z]+){0,2}[ \t]+(?:to|from)[ \t]+v?\d+\.\d+\b|[ \t]+v\d+(?:\.\d+)*\b"
    r"|[ \t]+\d+\.\d+\.\d+\b"
)
# A name in camel case: "PersistentVolumeClaim", "StatefulSet".
_CAMEL = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+)+s?")
# A metric of a score's vector and its one-letter value: "PR:L/", "/PR:L)".
_VECTOR_FIELD = re.compile(r":[A-Z](?![\w:])")
# In code, the value of a flag: "--target runtime", "--namespace=monitoring".
_FLAG_VALUE = re.compile(r"(?<![\w-])--?[A-Za-z][\w-]*(?:=|[ \t]+)$")
# In code, a flag's name up to a word ("--namespace", "--docker-server"), and a
# lower-case word's hyphen to another ("harbor-pull").
_FLAG_NAME = re.compile(r"(?<![\w-])--?(?:[A-Za-z0-9]+-)*$")
_IDENT_AFTER = re.compile(r"-[a-z0-9]")
_IDENT_BEFORE = re.compile(r"[a-z0-9]-")
_CODE_WORD = re.compile(r"`([a-z]{2,6})`")
# kubectl, or its usual alias "k" before one of its commands ("k get po").
_AFTER_KUBECTL = re.compile(
    r"(?:\bkubectl\b|(?:\n|`|\$ )[ \t]*k[ \t]+(?:get|describe|logs|exec|edit|"
    r"delete|apply|scale|rollout|top|debug|drain|cordon|uncordon|label|annotate|"
    r"patch|create|explain|port-forward|expose|set|wait|events)\b)[^\n`]*$"
)
# The characters before and after a word that may join it to another name.
_EDGE_BEFORE = frozenset("@/-:")
# Two colon-joined words before a colon: "system:serviceaccount:dev:".
_COLON_PATH = re.compile(r"(?<![\w:])[\w.-]+:[\w.-]+:(?:[\w.-]+:)?$")
_EDGE_AFTER = frozenset("./-")
# After a hyphen, or before one, a lower-case word that makes another identifier
# ("kube-system", "metrics-server"), unless it only describes ("k8s-based").
_HYPHENED = re.compile(r"[a-z][a-z0-9]*")
# A word in capitals after a hyphen: "KUBE-SERVICES", "KUBE-SVC".
_CAPS_WORD = re.compile(r"[A-Z][A-Z0-9]+(?![a-z])")
# After a hyphen, a capitalised word that makes another name: a brand, a
# double-barrelled surname ("Jaeger-LeCoultre", "Harbor-Salas").
_NAME_PART = re.compile(r"-([A-Z][a-z][A-Za-z]*)(?![\w-])")
# Up to two more capitalised words, then what names a place, a business or a
# club: the name is part of that one's ("KCL Mountaineering Club", "Harbor
# Street", "Kraken Inn"). Not "Center" ("IAM Identity Center" is a product).
_PLACE_AFTER = re.compile(
    r"(?:['\u2019]s)?(?:[ \t][A-Z][\w'\u2019]*){0,2}[ \t]"
    r"(?:Club|Society|Association|Hotel|Inn"
    r"|Tavern|Pub|Bar|Cafe|Caf\u00e9|Restaurant|Bakery|Brewery|School|College"
    r"|Church|Chapel|Museum|Gallery|Theatre|Theater|Choir|Orchestra|Band|Trust"
    r"|Council|League|Marina|Street|Road|Lane|Avenue|Square|Park|Bridge|Farm"
    r"|Vineyard|Winery|Estate|Academy|Stadium|Rovers|Athletic|FC|Hall|House"
    r"|Lodge|Institute|University|Hospital|Surgery|Ltd|Players|Veterans|Yachting"
    r"|Charters|Marine|Travel|Tours|Holidays|Airlines|Airways|Rentals|Motors"
    r"|Garage|Salon|Clinic|Pharmacy|Realty|Plumbing|Hire|Supplies|Shop|Store"
    r"|Centre|Labs|Lab|Studio|Studios|Partners|Consulting|Consultants|Inc|LLC|GmbH"
    r"|Meetup|User[ \t]Group)s?(?![\w-])"
)
# A role and its holder's name in apposition: "our on-call dev, Ray,".
_ROLE_BEFORE = re.compile(
    r"\b(?:[Mm]y|[Oo]ur|[Yy]our|[Hh]is|[Hh]er|[Tt]heir)[ \t]+(?:[\w-]+[ \t]+){0,2}"
    r"(?:dev|developer|engineer|colleague|friend|boss|intern|admin|dba|teammate|"
    r"coworker|co-worker|contractor|sre|mentor|cto|ceo|founder|neighbou?r|son|"
    r"daughter|wife|husband|cat|dog),[ \t]$"
)
# A capitalised word up to where a text ends: "Lumen" in "Lumen & Cedar".
_CAPITAL_BEFORE = re.compile(r"\b[A-Z][a-z]+$")
# A person's role after the name, in brackets: "(Ray, SRE)".
_ROLE_IN_BRACKETS = re.compile(
    r", (?:SRE|PM|EM|TPM|CTO|CEO|CFO|CISO|DBA|QA|SWE|SDE|VP|engineer|developer|"
    r"manager|lead|intern|designer|analyst|architect|platform|security|ops)\)"
)
# A whole number after a word, not a version: "ep 112".
_COUNT_AFTER = re.compile(r" \d+(?![\w.,:/-]\w)")
# A team's name before the word for it: "the Atlantis squad".
_SQUAD_AFTER = re.compile(r" (?:squad|tribe|guild|rotation)s?\b")
_CLASS_AFTER = re.compile(r" [Cc]lass(?:es)?\b")
_AGENT = re.compile(r"([a-z]{4,}?)(?:i?er|or)s?")  # an agent noun
_WALKED = re.compile(r"\b[Ww]alking $")  # a dog: "out walking Kong"
# A team's, a squad's or a crew's name after the word: "team Spinnaker".
_TEAM_ENDS = frozenset("mdwe")  # the last letters of those words
# The items of a list beside a name: "Present: Ray, Kai, Tomasz", "Ray and
# Priya".
_ITEM_AFTER = re.compile(
    r"(?:,[ \t]+(?:and[ \t]+)?|[ \t]+(?:and|&)[ \t]+)([A-Z][a-z]+)"
    r"(?=[,;.:)]|[ \t]+(?:and|&)[ \t]|[ \t]*(?:\n|$))"
)
_ITEM_BEFORE = re.compile(
    r"(?:^|[,:(][ \t]*|\*\*[ \t]*)([A-Z][a-z]+)"
    r"(?:,[ \t]+(?:and[ \t]+)?|[ \t]+(?:and|&)[ \t]+)$"
)
# A count joined to a word: "three-node", "single-member".
_COUNTED = re.compile(
    r"(?<![\w-])(?:[Oo]ne|[Ss]ingle|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even"
    r"|[Ee]ight|[Nn]ine|[Tt]en|[Tt]welve|\d+)-$"
)
# The categories of systems that have nodes or members of their own.
_OWN_NODES = frozenset(["database", "streaming-messaging", "observability"])
_MACHINES = _wordset("node nodes member members")
# A cloud vendor before a product's name: its own product of that name.
_VENDORS = (
    "AWS Amazon Azure Microsoft GCP Google Cloud Oracle OCI IBM Alibaba DigitalOcean"
)
_VENDOR_BEFORE = re.compile(r"(?<![\w-])(?:" + "|".join(_VENDORS.split()) + ") $")
_VENDOR_ENDS = frozenset(w[-1] for w in _VENDORS.split())  # their last letters
# A team's name as the value of a field or label: "team: cortex",
# "team=kraken".
_TEAM_VALUE = re.compile(
    r"(?<![\w-])(?:[Tt]eam|[Ss]quad|[Tt]ribe)[\"']?[ \t]*[:=][ \t]*[\"']?$"
)
_TEAM_VALUE_ENDS = frozenset(" \t:=\"'")
_TEAM_BEFORE = re.compile(
    r"(?<![\w-])(?:[Tt]eam|[Ss]quad|[Cc]rew|[Gg]uild|[Tt]ribe)[ \t]$"
)
# A measure after a word: a number and a unit of length or weight ("Draft
# 1.95 m", "Helm 40 kg"), not a version or a size in bytes.
_MEASURE = re.compile(
    r" \d+(?:[.,]\d+)? ?(?:m|cm|mm|km|ft|kg|lb|lbs|nm|nmi|kn|knots|metres"
    r"|meters|feet|inches)\b(?![.\d])"
)
# "PSA: ..." or "PSA for everyone": a public service announcement.
_ANNOUNCED = re.compile(r":| for (?:every|all)")
# Node.js by its major version: "drops Node 18", "a Node 20 base image".
_NODE_VERSION = re.compile(r" (?:1[02468]|2[0246])(?![\w.])")
# An object's kind after the word "kind", as in an API error: "cannot patch
# \"db\" with kind StatefulSet".
_KIND_NAMED = re.compile(r" [A-Z][a-z]+(?:[A-Z][a-z]+)*\b")
_HYPHENED_BEFORE = re.compile(r"(?<![A-Za-z0-9])[a-z][a-z0-9]*$")
# Before a hyphen, words that make a describing compound ("multi-cluster").
_PREFIXES = _wordset(
    "multi cross inter intra per non sub pre post single self hyper super mini "
    "micro out over under all any in on off one two three four five six seven "
    "eight nine ten"
)
_SPANNING = _wordset("multi cross inter intra per single")
# A capitalised prefix and its hyphen before a name: "Cross-", "Multi-".
_PREFIX_BEFORE = re.compile(
    r"(?<![\w-])(?:" + "|".join(sorted(w.title() for w in _SPANNING)) + r")-$"
)
_DESCRIBING = _wordset(
    "based native compatible aware powered managed ready specific style like "
    "centric friendly only enabled hosted certified conformant focused related "
    "driven level wide scoped local side sized hour hours seconds minutes days "
    "heavy free less first agnostic backed"
)
# After a capitalised word, a number that makes it a label ("Reviewer 1",
# "Score: 4/5"); not a version ("Chart 2.4.0").
_NUMBERED = re.compile(r"(?::[ \t]*| )\d+(?![.\d])")
# Before a short lower-case alias: a number ("25 cm") or a version ("1.0-rc").
_UNIT_OR_VERSION = re.compile(r"\d[ \t]?$|\d-$")
# A number in words before a unit: "several hundred ns".
_SCALE_BEFORE = re.compile(r"\b(?:hundred|thousand|million|billion)[ \t]$")
_ARGUMENT = re.compile(r"[ \t]+(-{1,2}[A-Za-z0-9]|[A-Za-z][\w.-]*)")
_TOOL_KINDS = frozenset([Kind.PROJECT, Kind.PRODUCT, Kind.COMPONENT])
# Words that with "of" make a hedge whatever comes before ("it is kind of slow").
_HEDGES = frozenset({"kind", "sort", "type", "kinds", "sorts", "types"})
# Words that, as "a X of", count or gather what follows ("a stack of papers",
# "a pod of whales"); not "a histogram of latency", "one replica of each pod".
_COLLECTIVE = _wordset(
    "stack host pack raft pod cluster score batch series volume lot set array group "
    "bunch swarm fleet flock crowd handful number range heap pile wave flood stream "
    "draft bit piece portion share mix collection layer chain suite shard sliver "
    "fragment grain drop"
)
# Words before "X of" that make X a quantity or a sort, not a thing named: "a stack
# of papers", "what kind of", "no host of".
_QUANTIFIERS = _wordset(
    "a an what which whatever some any no another this that such one"
)


def _quantity(before: list[str] | tuple[str, ...], names: Container[str] = ()) -> bool:
    """Do the words before "X of" make X a quantity ("a huge stack"), not a
    thing a name in ``names`` qualifies ("a k3s cluster of three Pis")?

    >>> _quantity(["a", "huge"]), _quantity(["a", "k3s"], {"k3s"})
    (True, False)
    """
    last = before[-1].lower() if before else ""
    return last in _QUANTIFIERS or (
        len(before) > 1 and before[-2].lower() in _QUANTIFIERS and last not in names
    )


# Plurals without an s, of people: "a cluster of people".
_PEOPLE_WORDS = _wordset("people children men women folk")
# Words of amount between "of" and what is counted: "a cluster of about 600 nodes".
_AMOUNTS = _wordset(
    "about around over some several many few the two three four five six seven "
    "eight nine ten twelve dozen dozens hundred hundreds thousand thousands"
)
# Endings that make another English word of a word ("-ly", "-ness").
_ENDINGS = (
    "ly",
    "ing",
    "ings",
    "ed",
    "er",
    "ers",
    "est",
    "ness",
    "ment",
    "ments",
    "tion",
    "tions",
    "able",
    "ism",
    "ist",
    "ists",
    "ful",
    "less",
    "ity",
    "s",
)
# What names a program after its name: "the `pack` CLI".
_TOOL_AFTER = re.compile(r" (?:CLI|cli|command|binary|tool|plugin)\b")
# Tools outside the glossary spelt one or two letters away from a name in it:
# no misspelling of that name ("openssl" is no OpenSSF, "kubectx" no kubectl).
_OTHER_TOOLS = frozenset(
    {"openssl", "openssh", "libressl", "buildkite", "kubectx", "cloudstack"}
)
_SUFFIXES = _wordset(
    "s es d ed r er ers ing ings ly al ally ize ise ized ised ion ions ation"
)
_UNSEEN: Any = object()
_HUB = 15  # related to more terms than this (or the top 1%): weak evidence
_HEADING = 100  # a paragraph shorter than this reads with the next one
_DENSE = 3  # other terms in a paragraph that make it technical
_TECHNICAL = 5  # terms kept in a whole text that make it technical
_LONG_TEXT = 1000  # characters: a text long enough to judge as a whole
_NAMED_AS = 2  # a project's name kept this often vouches for the rest


@dataclass(frozen=True, slots=True)
class _Entry:
    """One way of writing a term: which term, and the rules for accepting it."""

    term: str
    written: str  # as in the data
    capitals: bool  # count only when written in capitals (CD, SIG, HPA)
    ambiguous: bool  # an ordinary word: needs context
    derived: bool = False  # an acronym made from the name, not written in the data


# A candidate mention: (start, end, entry, score). Tuples, not objects: a
# megabyte of prose holds tens of thousands of them.
_Candidate = tuple[int, int, _Entry, float]

# What an idiom of a name's plain sense ("no secret") is found as: no entry.
_IDIOM = _Entry("", "", False, False)


def _plurals(word: str) -> list[str]:
    if not word.isalpha() or len(word) < 2:
        return [word]
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        return [word, word[:-1] + "ies"]
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return [word, word + "es", *singulars(word)[:1]]
    return [word, word + "s"]


def _trie_pattern(strings: Iterable[str]) -> str:
    """A regular expression matching exactly ``strings``, longest first.

    ``\\x00`` in a string stands for an optional separator between words.
    """
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for s in strings:
        node = root
        for ch in s:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
        end = "" in node
        alts = [
            (_SEP if ch == "\x00" else re.escape(ch)) + emit(child)
            for ch, child in sorted(node.items())
            if ch
        ]
        if not alts:
            return ""
        if len(alts) == 1 and not end:
            return alts[0]
        return "(?:" + "|".join(alts) + ")" + ("?" if end else "")

    return emit(root)


# Bytes that are no ASCII letter or digit, to blanks (outside ASCII, ``?`` is
# what str.encode put in their place).
_BLANKS = bytes(c if chr(c).isalnum() and c < 128 else 32 for c in range(256))
_word_char = re.compile(r"\w").match


def _joins(char: str) -> bool:
    """Is ``char``, blank in the automaton's view, part of a word after all?"""
    return char == "_" or (char > "\x7f" and _word_char(char) is not None)


def _variants(string: str) -> list[str]:
    """``string`` with each ``\\x00`` as nothing or a blank, and at most one of
    them as two or three blanks (a line wrapped and indented inside a name).

    >>> _variants("a\\x00b")
    ['ab', 'a b', 'a  b', 'a   b']
    """
    first, *rest = string.split("\x00")
    narrow: list[str] = [first]
    wide: list[str] = []
    for part in rest:
        wide = [f + g + part for f in wide for g in ("", " ")] + [
            f + g + part for f in narrow for g in ("  ", "   ")
        ]
        narrow = [f + g + part for f in narrow for g in ("", " ")]
    return narrow + wide


def _automaton(strings: Iterable[str]) -> Any:
    """An Aho-Corasick automaton over the blank-separated forms of ``strings``,
    each between blanks. A hit's end, less its value, is where the name starts
    in the text that was blanked (which is one character shorter)."""
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for string in strings:
        for form in _variants(string):
            automaton.add_word(f" {form} ", len(form) + 1)
    automaton.make_automaton()
    return automaton


class TextIndex:
    """Finds and links the mentions of a set of terms in free text.

    Built once per glossary (see :meth:`cncf_glossary.Glossary.mentions`);
    read-only afterwards, so threads may share it.

    >>> from cncf_glossary import load
    >>> g = load("tests/data/mini-terms.yaml", builtin=False)
    >>> ix = TextIndex(g.values())
    >>> [(m.term.id, m.text) for m in ix.mentions("Our k8s nodes run containered.")]
    [('kubernetes', 'k8s'), ('containerd', 'containered')]
    """

    def __init__(self, terms: Iterable[Term]) -> None:
        self._terms: dict[str, Term] = {t.id: t for t in terms}
        self._entries: dict[str, list[_Entry]] = {}
        self._vocab: set[str] = set()
        self._phrases: set[str] = set()  # keys of idioms, as in _entries
        # term: its names written apart in their everyday sense ("cron job")
        self._plain_writings: dict[str, frozenset[str]] = {}
        # A concept named with a phrase of ordinary words whose everyday sense is
        # common (common_word, not usually_meant: "circuit breaker", "noisy
        # neighbour", "working group"), as (term, written).
        self._everyday: set[tuple[str, str]] = set()
        # Those and the like that name nothing of the field in a text ("on
        # call"), for judging whether a text is about the field.
        self._everyday_named: set[tuple[str, str]] = set()
        # A former name of several words ("Cloud Native PostgreSQL"): found
        # only in its own letter case, as (term, written); in another it is a
        # description ("a cloud native PostgreSQL setup").
        self._cased: set[tuple[str, str]] = set()
        # Acronyms made from names that count only where the text names the
        # term otherwise too, as (term, acronym).
        self._named_only: set[tuple[str, str]] = set()
        strings: set[str] = set()
        idioms: list[tuple[str, str, list[str], set[str]]] = []
        own_words: dict[str, set[str]] = {}  # each term's names' words
        fuzzy: dict[str, tuple[str, bool]] = {}
        # Short one-word names that are no ordinary word, found misspelt only
        # with a letter doubled ("Cillium"): other edits come too near other
        # words.
        self._doubled: dict[str, str] = {}
        # A seven-letter one-word name with a letter left out after its
        # first ("Grafna"): the term, where only one name is so near.
        dropped: dict[str, set[str]] = {}
        for t in self._terms.values():
            surfaces = [v for n in t.names for v in name_variants(n) if "(" not in v]
            # A former name written as words ("Ark", "Conduit", "Service APIs";
            # not "KFServing", "k8dash") needs context: it may as well be the
            # word, and it names the term less often than its name does.
            plain_former = {
                v
                for n in t.formerly
                if all(
                    w.isalpha() and (w[1:].islower() or w.removesuffix("s").isupper())
                    for w in n.split()
                )
                for v in name_variants(n)
            }
            self._cased.update(
                (t.id, v) for n in t.formerly if " " in n for v in name_variants(n)
            )
            # Every name of it a phrase of plain words ("in toto", "bank
            # vaults"): not a project with a name of its own beside a plain
            # abbreviation ("Linux Foundation", "LF").
            plain_names = all(
                w in _STOP or w in english_words()
                for n in t.names
                for w in (x.lower() for x in split_words(n))
            )
            for s in surfaces:
                words = split_words(s)
                if not words:
                    continue
                key = "".join(words)
                short = len(key) <= 3 and s.isupper()
                # One ordinary word (Helm, kind), or one in capitals (KUDO, MVP);
                # not a word with inner capitals (CoreDNS), which is a name.
                ambiguous = t.common_word and (
                    (
                        len(words) == 1
                        and s.isalpha()
                        and (sum(c.isupper() for c in s) < 2 or s.isupper())
                        # Not a concept's other name, a jargon word in no
                        # dictionary ("showback", "chargeback" for cost
                        # allocation); its own name may be the plain word.
                        and not (
                            t.kind not in PROPER_KINDS
                            and s != t.name
                            and len(s) >= 6
                            and s.islower()
                            and s not in english_words()
                        )
                    )
                    # A project named with a phrase of plain words ("in toto",
                    # "bank vaults"); not a concept ("circuit breaker"), whose
                    # plain sense is near enough.
                    or (
                        len(words) > 1
                        and (t.kind in PROPER_KINDS or t.kind == Kind.SPECIFICATION)
                        and plain_names
                    )
                )
                ambiguous = ambiguous or s in plain_former
                if (
                    not ambiguous
                    and len(words) > 1
                    and t.common_word
                    and not t.usually_meant
                    and t.kind not in PROPER_KINDS
                    and t.kind != Kind.SPECIFICATION
                    and all(
                        w in _JOINING or w in _PARTICLES or is_english(w.lower())
                        for w in words[words[0].lower() == "on" :]
                    )
                ):
                    # "on call" too: in a long text not about the field it
                    # needs context (a doctor, a lifeboat crew on call).
                    self._everyday_named.add((t.id, s))
                    self._everyday.add((t.id, s))
                self._add(key, _Entry(t.id, s, short, ambiguous))
                self._vocab.update(words)
                self._vocab.add(key)
                # An abbreviation in capitals takes a plain "s" whatever its
                # last letter: "AZs", not "AZes".
                for last in {
                    *_plurals(words[-1]),
                    *([words[-1] + "s"] if short else []),
                }:
                    strings.add("\x00".join([*words[:-1], last]))
                if len(key) >= 7 and not ambiguous and not short:
                    fuzzy.setdefault(key, (t.id, len(words) > 1))
                if key.isalpha() and len(words) == 1 and not ambiguous and not short:
                    if 5 <= len(key) <= 6:
                        self._doubled.setdefault(key, t.id)
                    elif len(key) == 7:
                        for i in range(1, 7):
                            dropped.setdefault(key[:i] + key[i + 1 :], set()).add(t.id)
            own = own_words[t.id] = {w.lower() for n in t.names for w in split_words(n)}
            # A plain-sense entry that is one of the term's names written
            # apart is that writing's everyday sense ("cron job", cron's own,
            # where Kubernetes writes CronJob): no idiom.
            keys = {p for n in t.names for p in _plurals(normalize(n))}
            writings = {
                x.lower() for x in t.plain_sense if " " in x and normalize(x) in keys
            }
            if writings:
                self._plain_writings[t.id] = frozenset(writings)
            idioms += [
                (t.id, x, split_words(x), own)
                for x in t.plain_sense
                if _idiom_of(x, own) and x.lower() not in writings
            ]
            own_name = set(name_variants(t.name))
            for s in surfaces:
                for acr in acronyms(s):
                    self._add(acr, _Entry(t.id, acr.upper(), True, False, True))
                    strings.update(_plurals(acr))
                    if s not in own_name or t.kind in (Kind.CONCEPT, Kind.PRACTICE):
                        # Made from an alias ("GitOps Toolkit": GOT) or from a
                        # concept's descriptive name ("chaos engineering tool":
                        # CET): an acronym nobody uses alone.
                        self._named_only.add((t.id, acr.upper()))
        # An idiom of a name's plain sense ("no secret", "bar chart") is found
        # like a name, so that the name inside it is no mention; not one with
        # another name in it ("Terraform resource"), which would hide that:
        # such an idiom, around the name, tells of the plain sense ("the e2e
        # job": end-to-end tests, and a CI job, no Kubernetes Job).
        named_idioms: dict[str, list[str]] = {}
        # Every idiom, for where code spans or emphasis break its words apart
        # ("the old `test` job"), which the automaton reads as no idiom.
        marked: dict[str, list[list[str]]] = {}
        for tid, idiom, words, own in idioms:
            marked.setdefault(tid, []).append(_WORD.findall(idiom.lower()))
            if not any(
                normalize(" ".join(words[i:j])) in self._entries
                and not all(w.lower() in own for w in words[i:j])
                for i in range(len(words))
                for j in range(i + 1, len(words) + 1)
                if j - i < len(words)
            ):
                self._phrases.add("".join(words).lower())
                for last in _plurals(words[-1]):
                    strings.add("\x00".join([*words[:-1], last]))
            else:
                named_idioms.setdefault(tid, []).append(idiom)
        # The names as written with any separators: a regular expression that
        # decides, at one place, what the automaton below only proposes.
        self._head = re.compile(r"(?:" + _trie_pattern(strings) + r")(?!\w)")
        self._automaton = _automaton(strings)
        self._fuzzy_keys = _ByLength(list(fuzzy))
        self._dropped = {k: v.pop() for k, v in dropped.items() if len(v) == 1}
        self._multi_words = _ByLength(
            sorted(
                {
                    w
                    for t in self._terms.values()
                    for n in t.names
                    for w in split_words(n)
                }
                - {k for k, m in fuzzy.items() if not m[1]}
            )
        )
        self._fuzzy_terms = [tid for tid, _ in fuzzy.values()]
        self._related = related_ids(self._terms.values())
        # The terms that are a kind of each term ("cloudnativepg" is an
        # operator): "the operator" after CloudNativePG is that one.
        kinds: dict[str, set[str]] = {}
        for t in self._terms.values():
            for rel in (RelationKind.IS_A, RelationKind.IMPLEMENTS):
                for other in t.relations.get(rel, ()):
                    kinds.setdefault(other, set()).add(t.id)
        self._kinds: dict[str, frozenset[str]] = {
            k: frozenset(v) for k, v in kinds.items()
        }
        self._hub = max(_HUB, top_degree(self._related))
        self._general = {
            t.id
            for t in self._terms.values()
            if t.kind not in PROPER_KINDS
            and t.kind != Kind.COMPONENT
            and not any(
                p in self._terms and self._terms[p].kind in PROPER_KINDS
                for p in t.relations.get(RelationKind.PART_OF, ())
            )
        }
        self._cues: dict[str, frozenset[str]] = {}
        self._stems: dict[str, tuple[str, ...]] = {}  # see _cue_stems
        self._second: dict[str, frozenset[str]] = {}
        self._near_terms: dict[str, frozenset[str]] = {}
        self._proper = {t.id for t in self._terms.values() if t.kind in PROPER_KINDS}
        # The words of a term's plain-sense entries other than idioms are signs
        # anywhere near the name; not its own words ("dock" is the root of
        # "Docker" too: "Docker-in-Docker").
        # A phrase of several words is a sign only as a whole: "stable
        # diffusion" tells of the image model, "a stable address" does not.
        self._plain: dict[str, frozenset[str]] = {}
        self._plain_phrases: dict[str, re.Pattern[str]] = {}
        self._named_idioms: dict[str, re.Pattern[str]] = {}  # around the name
        self._marked_idioms = {
            tid: _phrase_pattern(words) for tid, words in marked.items()
        }
        starts: dict[str, set[str]] = {}  # the roots the phrases start with
        for t in self._terms.values():
            own = own_words[t.id]
            plain = [_WORD.findall(x.lower()) for x in t.plain_sense]
            plain = [
                w
                for w, x in zip(plain, t.plain_sense, strict=True)
                if w and not _idiom_of(x, own)
            ]
            named = [_WORD.findall(x.lower()) for x in named_idioms.get(t.id, ())]
            # A word whose root is another word is asked for as written, or
            # its plural: "waiter" is no sign of "wait", "flowers" none of
            # "flow", "pasted" none of "past"; never the name's own ("dockers").
            single_words: list[str] = []
            phrases = []
            for w in plain:
                if len(w) > 1:
                    phrases.append(w)
                elif not _root_is_another(w):
                    single_words.append(w[0])
                elif (single := _stem(w[0])) not in own:
                    phrases.append([single])
            signs = frozenset(map(_root, single_words)).difference(
                _root(w) for w in own
            )
            if signs or phrases:
                self._plain[t.id] = signs
            if phrases:
                starts[t.id] = {_root(w[0]) for w in phrases}
                self._plain_phrases[t.id] = _phrase_pattern(phrases)
            if named:
                self._named_idioms[t.id] = _phrase_pattern(named)
        # A quick test that may say yes wrongly but never no wrongly: a word
        # whose root is r starts with r, or with r[:-1] where a singular
        # changes the root's last letter ("berries", "leaves"), so no such
        # prefix near a name means no plain sense. (r[:-1] for every root made
        # "prow" ask of every "pro...".)
        self._plain_hints = {
            tid: re.compile(
                "|".join(
                    sorted(
                        {
                            re.escape(r[:-1] if r[-1:] in "yfv" else r)
                            for r in roots | starts.get(tid, set())
                        },
                        key=len,
                    )[::-1]
                )
            )
            for tid, roots in self._plain.items()
        }
        self._jargon = {_root(w) for w in self._vocab} | {
            _root(w) for t in self._terms.values() for x in t.tags for w in x.split("-")
        }
        # kubectl's short names that the data writes only in lower case ("sa",
        # "sts", "po"): in lower case in prose they count ("every svc of type
        # LoadBalancer"); in code, where a variable may be called so, in
        # capitals, another trade's abbreviation ("AWS STS"), or in a long text
        # not about the field (crochet's "sc"), only in a kubectl command, like
        # the short names that are English words below.
        self._kubectl_only = {
            (t.id, a)
            for t in self._terms.values()
            if t.kind == Kind.RESOURCE
            for a in t.aliases
            if a.islower()
            and a.isalpha()
            and len(a) <= 3
            and a.upper() not in t.aliases
        }
        # Kubernetes' API objects: Docker has objects of the same names.
        self._resources = {
            t.id for t in self._terms.values() if t.kind == Kind.RESOURCE
        }
        # A lower-case alias that cuts a one-word name short and is a word of
        # its own ("deploy" for Deployment, kubectl's short name): outside code
        # it is the verb, unless kubectl comes before it.
        self._short_words = {
            (t.id, a)
            for t in self._terms.values()
            if t.common_word and len(t.name.split()) == 1
            for a in t.aliases
            if a.islower()
            and a.isalpha()
            # its start ("deploy"), or the word it ends with ("quota")
            and (
                t.name.lower().startswith(a)
                or (
                    t.name.lower().endswith(a)
                    and a in map(str.lower, split_words(t.name))
                )
            )
            and a != t.name.lower()
            and a in english_words()
        }
        # kubectl's short names, as written.
        self._short_names = {
            a
            for t in self._terms.values()
            if t.kind == Kind.RESOURCE
            for a in t.aliases
            if a.islower() and a.isalpha() and len(a) <= 6
        }
        self._oov: dict[str, bool] = {}
        self._near: dict[str, tuple[str, int] | None] = {}
        self._partial: dict[str, bool] = {}
        self._written: dict[str, _Entry | None] = {}
        self._chunks: dict[str, tuple[str, ...]] = {}
        self._locals: dict[tuple[Any, ...], int] = {}

    def _add(self, key: str, entry: _Entry) -> None:
        bucket = self._entries.setdefault(key, [])
        for i, e in enumerate(bucket):
            if e.term == entry.term:
                # "HPA" counts only in capitals; an alias "hpa" (kubectl's
                # short name) lets lower case count too.
                if e.capitals and not entry.capitals and not entry.ambiguous:
                    bucket[i] = entry
                    break
                return
        else:
            bucket.append(entry)
        # Names before derived acronyms, confident before ambiguous.
        bucket.sort(key=lambda e: (e.derived, e.ambiguous))

    # -- public ----------------------------------------------------------------
    def mentions(self, text: str) -> list[Mention]:
        """Every mention in ``text``, in order, none overlapping.

        Raises:
            ValueError: ``text`` is not a string.
        """
        if not isinstance(text, str):
            raise ValueError(f"text must be a string, not {type(text).__name__}")
        if not text:
            return []
        low = text.lower()
        if len(low) != len(text):  # a few characters lower-case to two
            low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
        with _collector_paused():
            # What the steps make is freed when _find returns, before the
            # collector is back: only the records are left for it to look at.
            return self._find(text, low)

    def _find(self, text: str, low: str) -> list[Mention]:
        skip = _spans(_SKIP, text, _paths(text))
        code = _chat_out(text, _spans(_CODE, text))
        # Blanks for all but ASCII letters and digits, with a blank at each
        # end: index i of ``norm`` is index i - 1 of ``text``.
        norm = f" {low.encode('ascii', 'replace').translate(_BLANKS).decode()} "
        found = self._exact(text, low, norm, skip)
        found = self._misspelt(text, low, norm, skip, found)
        kept = self._disambiguate(text, low, found, code)
        return _mentions(self._terms, text, kept)

    def link(self, text: str, format: Literal["markdown", "html"] = "markdown") -> str:
        """``text`` with the first mention of each term linked to the term's URL.

        Markdown links keep the text as written; HTML escapes the whole text and
        gives each link the definition as its ``title`` tooltip. Only ``http``
        and ``https`` URLs are linked; mentions in code spans are left alone.

        >>> from cncf_glossary import load
        >>> g = load("tests/data/mini-terms.yaml", builtin=False)
        >>> TextIndex(g.values()).link("k8s & K8s")
        '[k8s](https://kubernetes.io/) & K8s'
        """
        if format not in ("markdown", "html"):
            raise ValueError(f"format must be 'markdown' or 'html', not {format!r}")
        code = _spans(_CODE, text) if isinstance(text, str) else []
        out: list[str] = []
        pos = 0
        seen: set[str] = set()
        esc = html.escape if format == "html" else _identity
        for m in self.mentions(text):
            url = m.term.url or m.term.repo
            if (
                m.term.id in seen
                or not url
                or not url.lower().startswith(("http://", "https://"))
                or _inside(code, m.start)
                or (format == "markdown" and _in_markdown_link(text, m.start, m.end))
            ):
                continue
            seen.add(m.term.id)
            out.append(esc(text[pos : m.start]))
            if format == "html":
                out.append(
                    f'<a href="{html.escape(url)}" '
                    f'title="{html.escape(m.term.definition)}">{html.escape(m.text)}</a>'
                )
            else:
                label = m.text.replace("[", "\\[").replace("]", "\\]")
                out.append(f"[{label}]({url.replace(')', '%29').replace(' ', '%20')})")
            pos = m.end
        out.append(esc(text[pos:]))
        return "".join(out)

    # -- step 1: exact names -----------------------------------------------------
    def _entry(self, key: str) -> list[_Entry]:
        return self._entries.get(key) or self._singular_entry(key)

    def _singular_entry(self, key: str) -> list[_Entry]:
        # A two-letter abbreviation in the plural ("VMs", "PRs") too: it counts
        # only in capitals (see _check).
        short = [key[:-1]] if len(key) == 3 and key[2] == "s" else []
        for s in singulars(key) or short:
            bucket = self._entries.get(s)
            if bucket:
                return bucket
        return []

    def _exact(
        self, text: str, low: str, norm: str, skip: list[tuple[int, int]]
    ) -> list[_Candidate]:
        """Names as written, leftmost and then longest, none overlapping.

        The automaton finds every name, variant and plural that stands between
        blanks in ``text`` with all that is not an ASCII letter or digit blanked;
        the longest at each place is kept. Where that view may mislead (words
        joined by other than one separator, a neighbour that is a letter outside
        ASCII or an underscore), the regular expression decides at that place.
        """
        hits = list(self._automaton.iter(norm))
        if not hits:
            return []
        ends, lengths = zip(*hits, strict=True)
        # Where each name starts in ``text``, and where the longest there ends:
        # hits come in order of their end, so a longer one overwrites a shorter.
        longest = dict(zip(map(operator.sub, ends, lengths), ends, strict=True))
        out: list[_Candidate] = []
        append = out.append
        memo = self._written
        head = self._head.match
        check = "_" in low or not low.isascii()
        size = len(low)
        n_skip = len(skip)
        k = 0  # the first span of ``skip`` that ends after the current match
        limit = 0  # where the last name kept ends
        shorter: dict[int, list[int]] | None = None  # every name's end, by start
        for s, e in sorted(longest.items()):
            if s < limit:
                continue
            e -= 1
            if check and s and _joins(low[s - 1]):
                continue
            written = text[s:e]
            if not written.isalnum() or (check and e < size and _joins(low[e])):
                m = head(low, s)
                if m is None:
                    continue
                e = m.end()
                written = text[s:e]
            if n_skip:
                while k < n_skip and skip[k][1] <= s:
                    k += 1
                if k < n_skip and skip[k][0] <= s:
                    limit = e
                    continue
            entry = memo.get(written, _UNSEEN)
            if entry is _UNSEEN:
                entry = self._written_entry(written)
            if entry is None:
                # A shorter name at the same place ("Tekton" where "Tekton
                # pipeline" is no name), else one may start after this one's
                # first letter.
                if shorter is None:
                    shorter = {}
                    for end, length in hits:
                        shorter.setdefault(end - length, []).append(end - 1)
                for e2 in reversed(shorter[s]):
                    written = text[s:e2]
                    if e2 < e and written.isalnum() and not (check and _joins(low[e2])):
                        entry = memo.get(written, _UNSEEN)
                        if entry is _UNSEEN:
                            entry = self._written_entry(written)
                        if entry is not None:
                            e = e2
                            break
                if entry is None:
                    continue
            if entry is not _IDIOM:  # "no secret": the name in it is plain
                append((s, e, entry, 100.0))
            limit = e
        return out

    def _written_entry(self, written: str) -> _Entry | None:
        entry = self._check(written)
        if len(self._written) < 100_000:
            self._written[written] = entry
        return entry

    def _check(self, written: str) -> _Entry | None:
        entry = self._match(written)
        if entry is None:
            return None
        if (
            len(entry.written) <= 3
            and entry.written.islower()
            and written.isupper()
            and (
                (
                    entry.written.isalpha()
                    and self._terms[entry.term].name == entry.written
                )
                or (
                    len(entry.written) == 2
                    and entry.written.isalnum()
                    and written not in self._terms[entry.term].names
                )
            )
        ):
            # A short name that is the term's own, or an alias of two
            # characters, written only in lower case, in capitals: "KO" is no
            # ko, "H2" (a half-year) no h2 (not "HPA" beside kubectl's "hpa").
            return None
        if (entry.term, entry.written) in self._cased and _LETTERS.findall(
            written
        ) != _LETTERS.findall(entry.written):
            return None  # a former name in another case: "cloud native PostgreSQL"
        if (
            entry.written.isupper()
            and not written.isupper()
            and written.lower() != entry.written.lower()
            and written.lower() in english_words()
        ):
            return None  # "kudos" is no plural of KUDO: the English word
        if (
            entry.term in self._proper
            and entry.written[:1].isupper()
            and written in _plurals(entry.written.lower())[1:]
            and (self._terms[entry.term].common_word or entry.term in self._plain)
        ):
            # "dockers", "envoys", "harbors": a project's name that is also a
            # plain word, written as that word's plural.
            return None
        if (
            not entry.ambiguous
            and not entry.derived
            and entry.written.isalpha()
            and (
                (len(entry.written) >= 4 and entry.written.isupper())
                # A short name with inner capitals, of a term whose names are
                # words too, written without them ("Coco" for CoCo, "pac")
                or (
                    len(entry.written) <= 4
                    and sum(c.isupper() for c in entry.written) >= 2
                    and self._terms[entry.term].common_word
                    and written[1:].islower()
                )
            )
            and not written.isupper()
        ):
            # A name the data writes in capitals, written otherwise ("Kaito",
            # "spire"), or with inner capitals, written without: a word or a
            # person's name as likely as the project.
            return _Entry(entry.term, entry.written, False, True)
        return entry

    def _match(self, written: str) -> _Entry | None:
        # Keys hold a name's words without its apostrophes ("Let's Encrypt").
        key = normalize(written).replace("'", "").replace("\u2019", "")
        for entry in self._entries.get(key, ()):
            # Capitals throughout: "CAs" is no CAS, but the plural of CA; nor
            # "SOPs" (procedures) SOPS, nor "NATs" NATS.
            if (not entry.capitals or written.isupper()) and not (
                written[-1:] == "s"
                and written[:-1].isupper()
                and len(entry.written) > 2
                and entry.written.isupper()
                and entry.written.endswith("S")
            ):
                return entry
        for entry in self._singular_entry(key):
            if (not entry.capitals or _capitals(written)) and not (
                # An abbreviation's plural takes a small "s": "CIS" is no CIs.
                written.isupper()
                and entry.written.isupper()
                and written[-1:] == "S"
                and not entry.written.endswith("S")
            ):
                return entry
        if key in self._phrases or not self._phrases.isdisjoint(singulars(key)):
            return _IDIOM
        return None

    # -- step 2: misspellings ------------------------------------------------------
    def _suspicious(self, word: str) -> bool:
        flag = self._oov.get(word)
        if flag is None:
            english = english_words()
            flag = (
                word not in english  # most words: decided at once
                and word not in _OTHER_TOOLS
                and word.isalpha()
                and word not in self._vocab
                and not any(s in self._vocab or s in english for s in singulars(word))
            )
            if len(self._oov) < 100_000:
                self._oov[word] = flag
        return flag

    def _compound(self, written: str) -> _Entry | None:
        """The entry of a one-word name that ``written`` ("side-car") spells
        with a hyphen, if any."""
        for entry in self._entry(written.replace("-", "")):
            if not entry.derived and len(split_words(entry.written)) == 1:
                return entry
        return None

    def _in_long_name(self, word: str) -> bool:
        """Might ``word`` be a misspelt word of a name of several words?"""
        flag = self._partial.get(word)
        if flag is None:
            budget = 1 if len(word) <= 9 else 2
            words, _ = self._multi_words.near(len(word), budget)
            found = process.extractOne(
                word, words, scorer=OSA.distance, score_cutoff=budget
            )
            flag = bool(found) and found[0][0] == word[0]  # type: ignore[index]
            if len(self._partial) < 100_000:
                self._partial[word] = flag
        return flag

    def _nearest(self, compact: str) -> tuple[str, int] | None:
        if compact in self._near:
            return self._near[compact]
        n = len(compact)
        budget = 1 if n <= 9 else 2 if n <= 14 else 3
        best = None
        if 7 <= n <= 60:
            keys, index = self._fuzzy_keys.near(n, budget)
            found = process.extractOne(
                compact, keys, scorer=OSA.distance, score_cutoff=budget
            )
            if (
                found
                and found[1] > 0
                and found[0][0] == compact[0]
                # "namespaced" is namespace + d, a derived word, not a typo
                and not (
                    compact.startswith(found[0])
                    and compact[len(found[0]) :] in _SUFFIXES
                )
            ):
                best = (self._fuzzy_terms[index[found[2]]], int(found[1]))
        if best is None and 6 <= n <= 7:
            for i in range(1, n - 1):
                if compact[i] == compact[i + 1]:
                    tid = self._doubled.get(compact[:i] + compact[i + 1 :])
                    if tid is not None:
                        best = (tid, 1)
                        break
        if best is None and n == 6 and (tid := self._dropped.get(compact)):
            best = (tid, 1)
        if len(self._near) < 100_000:
            self._near[compact] = best
        return best

    def _misspelt(
        self,
        text: str,
        low: str,
        norm: str,
        skip: list[tuple[int, int]],
        found: list[_Candidate],
    ) -> list[_Candidate]:
        suspects: set[str] = set()
        compounds: set[str] = set()  # "multi-tenancy", "side-car"
        memo = self._chunks
        for chunk in set(low.split()):
            found_in = memo.get(chunk)
            if found_in is None:
                found_in = tuple(
                    word
                    for word in ((chunk,) if chunk.isalpha() else _LONG.findall(chunk))
                    if len(word) >= 4
                    and self._suspicious(word)
                    and (self._nearest(word) is not None or self._in_long_name(word))
                )
                if "-" in chunk:
                    found_in += tuple(
                        c for c in _COMPOUND.findall(chunk) if self._compound(c)
                    )
                if len(memo) < 200_000:
                    memo[chunk] = found_in
            for word in found_in:
                (compounds if "-" in word else suspects).add(word)
        if not suspects and not compounds:
            return found
        starts = [c[0] for c in found]
        extra: list[_Candidate] = []
        gap = _GAP.fullmatch
        nearest = self._nearest
        for s, e in _occurrences(low, norm, suspects | compounds):
            i = bisect.bisect_right(starts, s) - 1
            if (i >= 0 and found[i][1] > s) or (skip and _inside(skip, s)):
                continue
            if low.find("-", s, e) >= 0:
                # A one-word name written as two words joined by a hyphen.
                entry = self._compound(low[s:e])
                if entry is not None and (not entry.capitals or _capitals(text[s:e])):
                    extra.append((s, e, entry, 100.0))
                continue
            words = [
                (w.start(), w.end(), w.group())
                for w in _WORD.finditer(low, max(0, s - 40), e + 40)
            ]
            k = next(j for j, w in enumerate(words) if w[0] == s)
            lo, hi = max(0, k - 2), min(len(words), k + 3)
            # joined[j]: may words[j] and words[j + 1] be parts of one name?
            joined = [
                gap(low, words[j][1], words[j + 1][0]) is not None
                for j in range(lo, hi - 1)
            ]
            best: tuple[float, int, int, str, int] | None = None
            for a in range(lo, k + 1):
                for b in range(k, min(hi, a + 3)):
                    if not all(joined[a - lo : b - lo]):
                        continue
                    hit = nearest("".join([w[2] for w in words[a : b + 1]]))
                    if hit is None:
                        continue
                    tid, dist = hit
                    length = words[b][1] - words[a][0]
                    rank = dist / length - 0.001 * length
                    if best is None or rank < best[0]:
                        best = (rank, words[a][0], words[b][1], tid, dist)
            if best is not None:
                _, a0, b0, tid, dist = best
                entry = _Entry(tid, self._terms[tid].name, False, False)
                score = round(100.0 * (1 - dist / max(b0 - a0, 1)), 1)
                extra.append((a0, b0, entry, score))
        return _resolve(found, extra) if extra else found

    # -- step 3: ordinary words ------------------------------------------------------
    def _cue_words(self, tid: str) -> frozenset[str]:
        """Words that, near an ordinary word, say it names term ``tid``.

        Its tags, the words of its other names and of related terms' names, and
        the words of its definition that are jargon: part of some name or tag in
        the glossary, or no English word ("tsdb", "sidecar", but not "reads").
        """
        cues = self._cues.get(tid)
        if cues is None:
            t = self._terms[tid]
            strong = [*t.names, *(x.replace("-", " ") for x in t.tags)]
            strong += [self._terms[r].name for r in self._related[tid]]
            words = {_root(w) for x in strong for w in _WORD.findall(x)}
            for w in _WORD.findall(t.definition.lower()):
                if _root(w) in self._jargon or (
                    w.isalpha() and w not in english_words()
                ):
                    words.add(_root(w))
            own = {_root(w) for w in split_words(t.name)}
            cues = frozenset(w for w in words - own if w not in _STOP and len(w) > 2)
            self._cues[tid] = cues
        return cues

    def _plain_sense(self, text: str, layout: _Layout, found: _Candidate) -> bool:
        """Is a word of the term's ``plain_sense`` within six words of the name,
        in its sentence ("the Kepler space telescope", "a flight to Lima")?"""
        start, end, entry, _ = found
        first, last = layout.sentence(start, end)
        a, b = max(first, start - 48), min(last, end + 48)
        words = _WORD.findall(text, a, start)[-6:]
        words += _WORD.findall(text, end, b)[:6]
        if not self._plain[entry.term].isdisjoint(map(_root, words)):
            return True
        phrase = self._plain_phrases.get(entry.term)
        return phrase is not None and phrase.search(text, a, b) is not None

    def _lower_case_project(self, written: str, tid: str) -> bool:
        """Is ``written`` a capitalised project's name as one lower-case word,
        likely a word of another tongue ("the agones of the City Dionysia"),
        not a slug ("amazon-eks") or a name with a digit ("k3s")?"""
        return (
            written.isalpha()
            and written.islower()
            and tid in self._proper
            and not self._terms[tid].name.islower()
        )

    def _about_the_field(self, text: str, candidates: list[_Candidate]) -> bool:
        """Do ``candidates`` name enough different terms surely for a text
        about the field: no ordinary word, no everyday phrase, nothing written
        as an English word in lower case ("upstream", "contributors")?"""
        terms: set[str] = set()
        for s, e, entry, _ in candidates:
            written = text[s:e]
            if (
                not entry.ambiguous
                and (entry.term, entry.written) not in self._everyday_named
                and (entry.term, entry.written) not in self._kubectl_only
                and not (written.islower() and is_english(written))
                # Nor a capitalised project's name in lower case.
                and not self._lower_case_project(written, entry.term)
                # Nor an abbreviation of two or three capitals, common in other
                # trades ("CD", "ICT"), nor a phrase of English words ("control
                # group", "unit test", in a school's newsletter).
                and not (len(written) <= 3 and written.isupper())
                and not (
                    " " in written and all(map(is_english, written.lower().split()))
                )
            ):
                terms.add(entry.term)
                if len(terms) >= _TECHNICAL:
                    return True
        return False

    def _of_the_field(self, candidates: list[_Candidate], a: int, b: int) -> bool:
        """Is a name in ``candidates`` between ``a`` and ``b`` surely of the
        field: a concept, or a project with no other sense ("metric
        cardinality", "minikube")?"""
        for j in range(bisect.bisect_left(candidates, (a,)), len(candidates)):
            s, _, e, _ = candidates[j]
            if s >= b:
                break
            if not e.ambiguous and (
                e.term not in self._proper or e.term not in self._plain
            ):
                return True
        return False

    def _full_of(
        self,
        low: str,
        tid: str,
        layout: _Layout,
        pos: int,
        memo: dict[tuple[str, int, int], bool],
    ) -> bool:
        """:meth:`_signs_in` for the part of the paragraph around ``pos``: the
        block of 300 characters that holds it and one block either side,
        asked once a term and block."""
        first, last = layout.paragraph(pos)
        block = pos // 300 * 300
        a, b = max(first, block - 300), min(last, block + 600)
        key = (tid, a, b)
        found = memo.get(key)
        if found is None:
            found = memo[key] = self._signs_in(low, tid, a, b)
        return found

    def _signs_in(self, low: str, tid: str, a: int, b: int) -> bool:
        """Two or more different words of the term's plain sense in
        ``low[a:b]`` (a titan and fire for Prometheus)?"""
        signs = len(self._plain[tid].intersection(map(_root, _WORD.findall(low, a, b))))
        phrase = self._plain_phrases.get(tid)
        if signs < 2 and phrase is not None:
            signs += len({m.group() for m in phrase.finditer(low, a, b)})
        return signs > 1

    def _runs_a_command(self, text: str, start: int, end: int, term: str) -> bool:
        """Is the word at ``text[start:end]``, in code, a program that runs the
        command after it (``watch -n5 kubectl get nodes``, ``watch kubectl
        ...``, ``$ host example.com``)? The first word of a command line,
        followed by a flag or by the name of a tool, or by anything after a
        shell prompt; not a project's own command (``kind create``)."""
        if term in self._proper:
            return False
        if not _COMMAND_START.search(text, max(0, start - 80), start):
            return False
        m = _ARGUMENT.match(text, end)
        if m is None:
            return False
        word = m.group(1)
        if word.startswith("-") or _PROMPT.search(text, max(0, start - 80), start):
            return True
        return any(
            not e.ambiguous and self._terms[e.term].kind in _TOOL_KINDS
            for e in self._entries.get(word.lower(), ())
        )

    def _hyphen_joined(self, text: str, start: int, end: int, in_code: bool) -> bool:
        """Is the lower-case word ``text[start:end]`` part of another name, by
        a hyphen to a lower-case word ("harbor-pull", "metrics-server",
        "system-upgrade-controller")? In prose, not when that word describes
        it ("cluster-wide", "multi-cluster", "five-node") or is a glossary
        word; in code, whatever it is."""
        if not text[start:end].islower():
            return False
        if text[end : end + 1] == "-":
            if in_code:
                if _IDENT_AFTER.match(text, end) is not None:
                    return True
            elif (m := _HYPHENED.match(text, end + 1)) is not None and (
                m.group() not in _DESCRIBING
                and len(m.group()) > 2
                and not self._entry(m.group())
            ):
                return True
        if text[start - 1 : start] == "-":
            if in_code:
                return _IDENT_BEFORE.match(text, max(0, start - 2)) is not None
            m = _HYPHENED_BEFORE.search(text, max(0, start - 40), start - 1)
            return (
                m is not None
                and m.group() not in _PREFIXES
                and len(m.group()) > 2
                and not self._entry(m.group())
            )
        return False

    def _of_parts(self, tid: str, after: list[str] | tuple[str, ...]) -> bool:
        """Are the words after "X of" (``after[0]``) the parts of term ``tid``
        that make it, as in "a cluster of 600 nodes" (a related term's name,
        after a number or a word of amount)?"""
        for word in after[1:4]:
            low = word.lower()
            if low.isdigit() or low in _AMOUNTS:
                continue
            return any(e.term in self._related[tid] for e in self._entry(low))
        return False

    def _surname(self, word: str, tid: str) -> bool:
        """Can ``word``, after the name of the project ``tid``, be a person's
        surname: capitalised, in no dictionary, and no word of the glossary, of
        its jargon or of the project's cues ("Okoye"; not "Ceph", "Querier")?"""
        low = word.lower()
        cues = self._cue_words(tid)
        return (
            len(word) >= 3
            and word.isalpha()
            and word[1:].islower()
            and low not in english_words()
            and low not in self._vocab
            and _root(low) not in self._jargon
            and _root(low) not in cues
            # An English word with an ending the list lacks: "Quintessentially".
            and not _derived_english(low)
            # A form of a cue the roots miss: "Querier" for "query".
            and not low.startswith(self._cue_stems(tid))
        )

    def _cue_stems(self, tid: str) -> tuple[str, ...]:
        """The cues of ``tid`` of five letters or more less their last letter,
        which the forms of a cue start with ("querie" for "query")."""
        stems = self._stems.get(tid)
        if stems is None:
            stems = self._stems[tid] = tuple(
                sorted(c[:-1] for c in self._cue_words(tid) if len(c) >= 5)
            )
        return stems

    def _kind_at(self, text: str, pos: int) -> bool:
        """Does an object's kind, capitalised, follow a blank at ``pos``
        ("with kind StatefulSet", "the `builder` ClusterRole")?"""
        m = _KIND_NAMED.match(text, pos)
        return m is not None and any(
            x.term in self._resources
            for x in self._entries.get(normalize(m.group()[1:]), ())
        )

    def _name_word(self, word: str) -> bool:
        """A capitalised word that is no glossary word: part of another name.
        Not an abbreviation in capitals ("Hubble UI")."""
        low = word.lower()
        return (
            word[:1].isupper()
            and not (len(word) > 1 and word.rstrip("s").isupper())  # "UI", "IPs"
            and low not in _STOP
            and low not in self._vocab
            and not any(x in self._vocab for x in singulars(low))  # "Jobs"
        )

    def _disambiguate(
        self,
        text: str,
        low: str,
        found: list[_Candidate],
        code: list[tuple[int, int]],
    ) -> list[_Candidate]:
        layout = _Layout(text)
        if any(c[2].derived for c in found):
            # An acronym made from an alias or from a concept's name counts
            # only in a text that names the term otherwise too ("a chaos
            # engineering tool (CET)"): alone it is another trade's ("09:12
            # CET", "TBD").
            named_terms = {c[2].term for c in found if not c[2].derived}
            found = [
                c
                for c in found
                if not c[2].derived
                or c[2].term in named_terms
                or (c[2].term, c[2].written) not in self._named_only
            ]
        # In code, no name in a flag's name is meant ("--namespace",
        # "--docker-server"). An ordinary word in code is meant, unless it is a
        # key, a flag's value, a part of a lower-case hyphenated name
        # ("harbor-pull"), a program run before a command or kubectl's short
        # name outside a kubectl command; nowhere is it part of a dotted name,
        # a handle, a label path or a hyphenated name ("Node.js", "@acme",
        # "kind/feature", "Node-RED"). A short alias is no unit, version or
        # identifier part ("25 cm", "-rc.1", "kube-system"), an abbreviation
        # before a ticket's number is its key ("CR-20931"), and no name is
        # meant next to a word of its plain sense ("the Kepler space
        # telescope"); in prose, an ordinary word is no form's field key
        # ("Labels: q3") nor a flag's value ("--from=builder"). A project's
        # name in a paragraph full of its plain sense and of nothing surely
        # technical needs context like an ordinary word. One pass: where the
        # words that need context stay, in ``ambiguous``.
        hints = self._plain_hints
        named_idioms = self._named_idioms
        kept: list[_Candidate] = []
        # Where the names that need no context start (asked of a flag's value
        # in code only).
        named = {c[0] for c in found if not c[2].ambiguous} if code else set()
        ambiguous: list[int] = []
        signs_near: set[int] = set()
        people: set[str] = set()  # names seen as a person's or a pet's
        everyday = self._everyday
        plain_writings = self._plain_writings
        # A long text with few terms (an everyday text with an aside): there a
        # concept named with an everyday phrase needs context ("a circuit
        # breaker tripped" in a bakery's posts).
        plain_text = len(text) >= _LONG_TEXT and not self._about_the_field(text, found)
        dense: dict[str, bool] = {}  # term: its other sense fills the paragraph
        full_of: dict[tuple[str, int, int], bool] = {}  # see _full_of
        proper = self._proper
        para_start = para_end = -1  # the paragraph of the last name asked
        of_field = True
        resources = self._resources
        for n_c, c in enumerate(found):
            s, e, entry, _ = c
            post = text[e : e + 1]
            if (
                post == "/"
                and entry.term in resources
                and text[s - 1 : s] in _TYPE_BEFORE
                and _TYPE_NAME.match(text, e) is not None
                and bool(code)
                and _inside(code, s)
            ):
                # kubectl's TYPE/NAME in code: "rollout status deploy/web",
                # "svc/search   no endpoints".
                kept.append(c)
                continue
            if (
                text[s - 1 : s] == "-"
                and _FLAG_NAME.search(text, max(0, s - 80), s) is not None
                and _inside(code, s)
            ):
                continue  # a flag's name: "--namespace", "--ignore-daemonsets"
            if (
                post == " "
                and text.startswith(_REFLEXIVE, e)
                and entry.term in proper
                and text[s:e].istitle()
            ):
                continue  # a person: "worthy of Kafka himself"
            if text[s - 1 : s] == "@" and not entry.ambiguous:
                continue  # a handle: "@finops-review", "@kubernetes"
            if (
                text.endswith(_NAMING_ENDS, max(0, s - 11), s)
                and text[s : s + 1].isupper()
                and _PET_NAMED.search(text, max(0, s - 40), s) is not None
            ):
                continue  # a pet: "a calico cat called Kubelet"
            if (
                text.startswith(_TEAM_STARTS, e)
                and entry.term in proper
                and text[s : s + 1].isupper()
                and _TEAM_AFTER.match(text, e) is not None
            ):
                # a person: "Ray from the data team", "Ray in procurement", "Ray
                # on our SRE team"
                continue
            if (
                text[s - 2 : s] == "` "
                and text[s:e].startswith("operator")
                and _SYMBOLS_SPAN.search(text, max(0, s - 8), s - 1) is not None
            ):
                continue  # a language's operator: "the `&&` operator"
            if (
                entry.term in plain_writings
                and text[s + 1 : e].islower()
                and text[s:e].lower() in plain_writings[entry.term]
            ):
                continue  # the everyday writing: "a cron job on the bastion host"
            if (
                entry.term == "container-image"
                and low.endswith("node ", max(0, s - 5), s)
                and _CONTAINER_NODES.search(text, max(0, s - 1500), e + 300) is None
            ):
                # A machine's image ("the new node image boots with cgroup
                # v2"); not where nodes are containers ("kind's node image").
                continue
            if (
                post == " "
                and entry.ambiguous
                and text.startswith("who ", e + 1)
                and self._terms[entry.term].category != "community"
                # not a clause about a plural before it: "teams on a Nomad-style
                # scheduler who are moving"
                and not text.startswith(_PLURAL_VERBS, e + 5)
            ):
                continue  # a person: "be kind to the controller who sits with us"
            if (
                e - s >= 3
                and text[s:e].isupper()
                and (
                    is_english(text[s:e].lower())
                    or (e - s == 3 and text[s:e].isalpha())
                )
                and not entry.derived
                # not as the data writes it: "Open Policy Agent (OPA)"
                and not any(text[s:e] in n for n in self._terms[entry.term].names)
                and not (code and _inside(code, s))
            ):
                # A word in capitals, in prose, for a name never written so
                # (an English word, or one of three letters): a status, a shout
                # or a speaker ("OKRs (DRAFT v3)", "PODS may stay in a
                # driveway", "**RAY:** Where was the money going?"); not
                # "WASM" (no English word), nor a table of kubectl's output
                # ("NAMESPACE  PODS").
                continue
            if (
                post == "-"
                and text.startswith("-class", e)
                and not text[e + 6 : e + 7].isalpha()
            ):
                continue  # a class of boats: "our 52-foot Spinnaker-class sloop"
            if text[s - 3 : s] in _POSSESSIVE and text[s:e] == "job":
                continue  # a duty: "the CNI plugin's job", "everybody's job"
            if text[s - 1 : s] == "[" and text[e : e + 1] == ":" and text[s].isupper():
                continue  # a caption's label: "[Image: a cat asleep on a keyboard]"
            if (
                post == ":"
                and text[s:e].isupper()
                and _VECTOR_FIELD.match(text, e) is not None
                and (text[s - 1 : s] == "/" or text[e + 2 : e + 3] == "/")
            ):
                continue  # a field of a vector: "CVSS:3.1/AV:N/AC:L/PR:L/UI:N"
            if (
                entry.term in _OPERATORS_OWN
                and low.startswith("controller", s)
                and _OPERATOR_NEAR.search(low, *layout.sentence(s, e)) is not None
            ):
                # An operator's own manager (controller-runtime's): "Its
                # operator is a single controller manager pod", "the
                # `controller-manager` pod in the `billing-operator` namespace".
                continue
            if text[s - 1 : s] in "-/" and s > 1 and _in_handle(text, s):
                continue  # a Reddit user's or sub's name: "u/not-so-kind-cluster"
            if (
                text[s - 1 : s] == "-"
                and post == " "
                and entry.ambiguous
                and text[s:e].lower() in _MACHINES
                and _COUNTED.search(text, max(0, s - 12), s) is not None
                and n_c + 1 < len(found)
                and found[n_c + 1][0] == e + 1
                and self._terms[found[n_c + 1][2].term].category in _OWN_NODES
            ):
                # The machines of a database, a broker or a search engine: "a
                # three-node CockroachDB ring", "a single-node Redis" (not "a
                # three-node kind cluster", "a five-node etcd").
                continue
            cap = text[s : s + 1].isupper()
            if (
                post in "'\u2019"
                and cap
                and text[e + 1 : e + 2] == "s"
                and _PLACE_AFTER.match(text, e) is not None
            ):
                continue  # a business after a person: "To Helm's Farm for the loan"
            if post == " ":
                after = text[e + 1 : e + 2]  # tested first: most names pass
                if after.isupper():
                    if (
                        # Part of a place's, a business's or a club's name:
                        # "Harbor Street", "KCL Mountaineering Club".
                        (cap and _PLACE_AFTER.match(text, e))
                        # A surname after a name that is no word: "Chief
                        # Engineer Talos Mbeki" (a word's is asked with the
                        # words around it).
                        or (
                            cap
                            and not entry.ambiguous
                            and entry.term in proper
                            and (m := _NAME_AFTER.match(text, e)) is not None
                            and self._surname(m.group(1), entry.term)
                            and not text[e : m.end() + 1].endswith((".", "-"))
                        )
                        # A person's initial after a name that is a word:
                        # "Ray W. writes the runbook", "| Ray W. |".
                        or (
                            cap
                            and entry.term in proper
                            and text[e + 2 : e + 3] == "."
                            and not text[e + 3 : e + 4].isalnum()
                        )
                        # The API's field before an object's kind: "with kind
                        # StatefulSet".
                        or (
                            e - s == 4
                            and text.startswith("kind", s)
                            and self._kind_at(text, e)
                        )
                    ):
                        continue
                elif after.isdigit():
                    if (
                        # A measure of something: "Draft 1.95 m".
                        (
                            entry.ambiguous
                            and _MEASURE.match(text, e) is not None
                            and not (bool(code) and _inside(code, s))
                        )
                        # A short word of the field before a number in prose:
                        # an abbreviation of another trade ("ep 112", an
                        # episode); not a version ("k8s 1.31").
                        or (
                            e - s <= 3
                            and entry.written.isalpha()
                            and text[s:e].islower()
                            and _COUNT_AFTER.match(text, e) is not None
                            and not (bool(code) and _inside(code, s))
                        )
                        # Node.js by its major version: "drops Node 18".
                        or (
                            entry.term == "node"
                            and text.startswith("Node", s)
                            and _NODE_VERSION.match(text, e) is not None
                        )
                    ):
                        continue
                elif (
                    after == "e"
                    and cap
                    and entry.term in proper
                    and text.startswith(" et al", e)
                ):
                    continue  # an author: "Jaeger et al."
            elif (
                post == "-"
                and cap
                and (m := _NAME_PART.match(text, e)) is not None
                and m.group(1).lower() not in self._vocab
                and m.group(1).lower() not in english_words()
            ):
                continue  # a brand, a surname: "Jaeger-LeCoultre"
            if (
                cap
                and text[s - 1 : s] == " "
                and text[s - 2 : s - 1].islower()
                and entry.term in proper
                and _given_name_before(text, s)
            ):
                continue  # a surname after a given name: "Priya Jenkins"
            if (
                cap
                and text[s - 2 : s - 1] in _TEAM_ENDS
                and entry.term in proper
                and _TEAM_BEFORE.search(text, max(0, s - 8), s) is not None
            ):
                continue  # a team's name: "Team Volcano owns the mesh"
            if (
                text[s - 1 : s] in _TEAM_VALUE_ENDS
                and text[s].islower()  # a value, not "a small team: Sealed Secrets"
                # a colon or an equals sign just before: tested first, cheaply
                and text[max(0, s - 12) : s].rstrip(" \t\"'")[-1:] in (":", "=")
                and _TEAM_VALUE.search(text, max(0, s - 12), s) is not None
            ):
                continue  # a team's name as a label's value: "team: cortex"
            if (
                cap
                and text[s - 1 : s] == " "
                and text[s - 2 : s - 1] in _VENDOR_ENDS
                and entry.term in proper
                and not text[s:e].isupper()
                and _VENDOR_BEFORE.search(text, max(0, s - 14), s) is not None
            ):
                continue  # a cloud's own product: "the OCI Vault", "Azure Key Vault"
            # People, teams and works named like projects.
            if (
                cap
                and entry.term in proper
                and (
                    # A team's name: "the Atlantis squad", "Kraken rotation".
                    (
                        post == " "
                        and text[e + 1 : e + 2] in "srtg"
                        and _SQUAD_AFTER.match(text, e) is not None
                    )
                    # A school class's name, in a text not about the field:
                    # "Cedar class built model volcanoes".
                    or (
                        plain_text
                        and post == " "
                        and _CLASS_AFTER.match(text, e) is not None
                    )
                    # A dog walked: "sorry, was out walking Kong".
                    or (
                        text[s - 2 : s] == "g "
                        and _WALKED.search(text, max(0, s - 10), s) is not None
                    )
                    # A name given to somebody: "the kids named him Kubernetes".
                    or (
                        text[s - 2 : s] in _NAMED_ENDS
                        and _NAMED_SOMEBODY.search(text, max(0, s - 24), s) is not None
                    )
                    # A person named after a role: "our on-call dev, Ray,"; or
                    # before one in brackets: "(Ray, SRE)".
                    or (
                        post == ","
                        and (
                            (
                                text[s - 2 : s] == ", "
                                and _ROLE_BEFORE.search(text, max(0, s - 60), s)
                                is not None
                            )
                            or (
                                text[s - 1 : s] == "("
                                and _ROLE_IN_BRACKETS.match(text, e) is not None
                            )
                        )
                    )
                    # A person among people: "Present: Ray, Kai, Tomasz".
                    or (
                        (
                            post == ","
                            or text[s - 2 : s] == ", "
                            or text.startswith((" and ", " & "), e)
                            or text.endswith((" and ", " & "), 0, s)
                        )
                        and _listed_with_people(text, s, e)
                    )
                    # A business's name with another's: "Lumen & Cedar".
                    or (
                        (
                            text[s - 3 : s] == " & "
                            and (
                                m := _CAPITAL_BEFORE.search(text, max(0, s - 30), s - 3)
                            )
                            is not None
                            and m.group().lower() not in self._vocab
                        )
                        or (
                            text.startswith(" & ", e)
                            and (m := _NAME_AFTER.match(text, e + 2)) is not None
                            and m.group(1).lower() not in self._vocab
                        )
                    )
                    # A work's title: "*Prometheus Rising*".
                    or (
                        (entry.ambiguous or entry.term in hints)
                        and _in_title_of_work(text, s, e)
                    )
                )
            ):
                continue
            if (
                cap
                and post == " "
                and text[s - 4 : s].lower() == "the "
                and _ROOM_AFTER.match(text, e) is not None
            ):
                continue  # a room named after it: "the demo crashed in the Hubble room"
            if (
                cap
                and entry.term in proper
                and text[s - 1 : s] == " "
                and _TRAVEL_BEFORE.search(text, max(0, s - 24), s) is not None
                and self._terms[entry.term].kind != Kind.EVENT
            ):
                continue  # a place travelled to: "we arrive in Piraeus at 07:00"
            if (
                cap
                and entry.ambiguous
                and entry.term in proper
                and text[s - 4 : s] == " in "
                and _IN_MONTH.match(text, e) is not None
            ):
                continue  # a place and a time: "a workshop in Lima in November"
            if (
                cap
                and entry.term in proper
                and text.startswith(_POSSESSIVE, e)
                and (m := _WORD.match(text, e + 3)) is not None
                and m.group().lower() in _KIN
            ):
                continue  # a person: "Ray's nephew, who looks after it"
            if (
                cap
                and text[s - 6 : s] == "kind: "
                and entry.term not in resources
                and not text[e : e + 1].isalnum()
            ):
                # Another API's kind of that name, no Kubernetes resource: a
                # CloudNativePG "kind: Cluster".
                continue
            if (
                cap
                and post == ","
                and text[s - 1 : s] == "("
                and entry.term in proper
                and _SPEAKER_TEAM.match(text, e) is not None
                and _SPEAKER_BEFORE.search(text, max(0, s - 12), s - 1) is not None
            ):
                # A speaker and a team, before what they asked: "Q (Ray,
                # payments):"; the same name further on is theirs too.
                people.add(text[s:e])
                continue
            if cap and text[s - 4 : s] == "TAG ":
                continue  # a group's name: "TAG Observability", "TAG Runtime"
            if (
                e - s == 3
                and text.startswith("PSA", s)
                and _ANNOUNCED.match(text, e) is not None
                and entry.term == "pod-security-admission"
            ):
                continue  # an announcement: "PSA: the advisory is public"
            if (
                text[s - 1 : s] in ("`", '"')
                and post == text[s - 1]
                and self._kind_at(text, e + 1)
            ):
                continue  # an object's name: "the `builder` ClusterRole"
            if (
                not entry.ambiguous
                and text[s - 1 : s] == " "
                and entry.term in proper
                and text[s : s + 1].isupper()
                and _titled(
                    text,
                    s,
                    [w.strip(".,") for w in text[max(0, s - 40) : s].split()[-2:]],
                )
            ):
                # Even a name that is no word, after a title, a pet's or a
                # boat's kind, a ship's prefix: "the sloop Velero", "MV Falco".
                continue
            in_code = False
            if entry.ambiguous:
                if (
                    post in " ,"
                    and _COMPANY.match(text, e) is not None
                    and not text[s:e].islower()
                ):
                    continue  # a company's name: "Acme Co", "Flux Corp"
                if text[s - 7 : s] == "system:":
                    continue  # a built-in group's or user's name: "system:masters"
                if text[s - 5 : s].lower() == "self-":
                    continue  # a compound: "self-service", "self-draining"
                in_code = bool(code) and _inside(code, s)
                if (
                    in_code
                    and e - s > 3
                    and text[s:e].isupper()
                    and not entry.written.isupper()
                    and not _line(text, s).isupper()
                ):
                    # A constant or an output's field, in capitals where the
                    # name has none: "policy-verdict:none INGRESS DENIED"; not
                    # a table's header ("NAMESPACE   PODS   CPU").
                    continue
                if (
                    in_code
                    and entry.term not in proper
                    and text[s:e].islower()
                    and _in_comment(text, code, s)
                ):
                    # An ordinary word in a comment is prose: "# freeze writes on
                    # the old stack" (not a tool's name, "# sign with cosign").
                    in_code = False
                if (
                    in_code
                    and (
                        _KEY.match(text, e) is not None
                        or _FIELD_AFTER.match(text, e) is not None
                        or (
                            not entry.written.isupper()
                            and text[s:e].isupper()
                            and _HEADER_LINE.fullmatch(_line(text, s)) is not None
                        )
                        or (
                            _FLAG_VALUE.search(text, max(0, s - 80), s) is not None
                            and not _value_beside_a_name(text, s, named)
                        )
                        or self._hyphen_joined(text, s, e, in_code=True)
                        # A value of a list of types: "policyTypes: [Ingress,
                        # Egress]" names directions, no objects.
                        or _TYPES_VALUE.search(text, max(0, s - 200), s) is not None
                        # A Dockerfile stage's name: "FROM golang AS builder".
                        or _STAGE_NAME.search(text, max(0, s - 120), s) is not None
                        # A label's value: "strimzi.io/cluster: events"; a
                        # name given: "clusterName: lima".
                        or _LABEL_VALUE.search(text, max(0, s - 120), s) is not None
                        or _NAME_VALUE.search(text, max(0, s - 60), s) is not None
                        # A key in an indented block of an INI-like file, its
                        # value after a wide gap: Fluent Bit's "    Name  tail".
                        or (
                            text[s - 1 : s] in (" ", "\t")
                            and text[s:e].istitle()
                            and (nl := text.rfind("\n", max(0, s - 40), s)) >= 0
                            and not text[nl + 1 : s].strip(" \t")
                            and _WIDE_GAP.match(text, e) is not None
                        )
                        # PromQL's grouping labels: "sum by (job)".
                        or (
                            post in ",)"
                            and _GROUPING.search(text, max(0, s - 80), s) is not None
                        )
                        # An INI file's section: systemd's "[Service]".
                        or (
                            text[s - 1 : s] == "["
                            and post == "]"
                            and _line(text, s).strip() == f"[{text[s:e]}]"
                        )
                        # A schema's own type: "type: service" (Backstage).
                        or (
                            entry.term in resources
                            and text[s:e].islower()
                            and _TYPE_KEY.search(text, max(0, s - 40), s) is not None
                        )
                        or self._runs_a_command(text, s, e, entry.term)
                        # A hedge, in a chat log quoted as code ("what kind of
                        # notice"): no command says "kind of".
                        or (text[s:e].lower() in _HEDGES and text.startswith(" of ", e))
                    )
                ):
                    continue
                if entry.term in resources and (
                    _DOCKER_BEFORE.search(text, max(0, s - 40), s) is not None
                    or (in_code and _DOCKER_COMMAND.search(text, max(0, s - 60), s))
                ):
                    # Docker's object of that name: "a Swarm service", "docker
                    # secret ls", "docker stack services shop".
                    continue
                if (
                    in_code
                    and text[s - 1 : s] == "`"
                    and post == "`"
                    and entry.term not in proper
                    and text[s:e].islower()
                    and is_english(text[s:e])
                    and (entry.term, entry.written) not in self._kubectl_only
                    and not self._short_names_listed(text, s, e)
                    and _TOOL_AFTER.match(text, e + 1) is None
                    # "open a `watch` on the API": the thing, named in code
                    and not text[max(0, s - 5) : s - 1].rstrip().endswith((" a", " an"))
                ):
                    # An ordinary word alone in a code span is an identifier:
                    # a label ("the `job` label"), a key, a branch (`master`).
                    continue
                if (entry.term, entry.written) in self._short_words and not (
                    _in_kubectl_command(text, layout, s, e, in_code)
                    or self._short_names_listed(text, s, e)
                ):
                    # kubectl's short name counts only in a kubectl command
                    # ("kubectl get deploy"; "deploys the app" is the verb).
                    continue
                # Only a few characters next to a word can make it part of
                # another name: test for them first.
                if (text[s - 1 : s] in _EDGE_BEFORE or post in _EDGE_AFTER) and (
                    _in_identifier(text, s, e) or _joined_name(text, s, e)
                ):
                    continue
            written = entry.written
            if (entry.term, written) in self._kubectl_only:
                # In a kubectl command (on its line in code, in its sentence in
                # prose) it is meant; elsewhere not in code (a variable: "cj :=
                # ..."), in capitals ("AWS STS") or after a hyphen ("SSH-ing").
                in_code = bool(code) and _inside(code, s)
                if _in_kubectl_command(
                    text, layout, s, e, in_code
                ) or self._short_names_listed(text, s, e):
                    kept.append(c)  # "kubectl get ing": no plain word
                    continue
                if (
                    in_code
                    or plain_text  # a knitting pattern's "rows of sc"
                    or not text[s:e].islower()
                    or text[s - 1 : s] == "-"
                ):
                    continue
            if (
                post == " "
                and entry.term not in proper
                and " " in text[s:e]
                and text[s:e].istitle()
                and (m := _NAME_AFTER.match(text, e)) is not None
                and len(m.group(1)) >= 4
                and m.group(1).lower() not in english_words()
            ):
                continue  # the start of another name: "Cloud Native Rejekts"
            if text[s - 1 : s] == "." and text[s - 2 : s - 1].isalnum():
                continue  # after a dot in a path of fields: "c.securityContext"
            if "." in text[s:e] and "." not in written:
                continue  # a path of fields: "disruption.budgets", "cert.manager"
            if (
                post == "-"
                and e - s <= 5
                and _TICKET.match(text, e) is not None
                and text[s:e].isupper()
                and entry.term not in _NUMBERED_ITEMS
            ):
                continue  # a ticket's key: "CR-20931"; not "CVE-2024-45337"
            if (
                (post == "&" and text[e + 1 : e + 2].isalnum())
                or (text[s - 1 : s] == "&" and text[s - 2 : s - 1].isalnum())
            ) and text[s:e].isupper():
                continue  # part of another abbreviation: "PG&E", "R&D"
            if (
                post == "-"
                and written.islower()
                and text[s:e].isupper()
                and (m := _CAPS_WORD.match(text, e + 1)) is not None
                and m.group().lower() not in _DESCRIBING
            ):
                continue  # a constant's part: "KUBE-SERVICES" (an iptables chain)
            if (
                entry.ambiguous
                and not in_code
                and (
                    self._hyphen_joined(text, s, e, in_code=False)
                    or (post in ":*" and _form_field(text, s, e))
                    # A flag's value in a command quoted as prose: "COPY
                    # --from=builder /out".
                    or (
                        text[s - 1 : s] == "="
                        and _FLAG_VALUE.search(text, max(0, s - 80), s) is not None
                    )
                )
            ):
                continue
            if len(written) <= 4 and written.islower():
                if (
                    post == "-"
                    and (m := _HYPHENED.match(text, e + 1)) is not None
                    and m.group().lower() not in _DESCRIBING
                ):
                    continue  # "kube-system": another identifier; not "k8s-based"
                if len(written) <= 3 and (
                    (
                        # a unit is written in lower case: "25 cm"; not "38 PVCs",
                        # nor a name with a digit ("11:30 k3s server on node 1")
                        not text[s:e].rstrip("s").isupper()
                        and text[s:e].isalpha()
                        and (
                            _UNIT_OR_VERSION.search(text, max(0, s - 3), s) is not None
                            or _SCALE_BEFORE.search(text, max(0, s - 10), s) is not None
                        )
                    )
                    or (post == "." and text[e + 1 : e + 2].isdigit())
                ):
                    continue  # "25 cm", "a hundred ns", "v0.14.0-rc.1": unit, version
            idiom = named_idioms.get(entry.term)
            if idiom is not None and _in_idiom(idiom, text, s, e):
                continue  # in an idiom with another name: "the e2e job"
            idiom = self._marked_idioms.get(entry.term)
            if (
                idiom is not None
                and (
                    "`" in (near := text[max(0, s - 2) : e + 2])
                    or "*" in near
                    or (n_c > 0 and found[n_c - 1][1] == s - 1)
                )
                and _in_idiom(idiom, text, s, e)
            ):
                # An idiom in code spans ("the old `lint` job"), or one whose
                # first word another name took ("end-to-end test jobs").
                continue
            hint = hints.get(entry.term)
            hinted = (
                hint is not None
                and hint.search(low, max(0, s - 48), e + 48) is not None
            )
            if (
                hinted
                # a name in camel case has no plain sense: "PersistentVolumeClaim"
                # after "draining", unlike "PVC" beside plumbing
                and _CAMEL.fullmatch(text, s, e) is None
                and self._plain_sense(text, layout, c)
            ):
                continue
            if entry.ambiguous and not in_code:
                ambiguous.append(len(kept))
                if hinted:  # a word of its plain sense may be further off
                    signs_near.add(s)
            elif (
                plain_text
                and not in_code
                and (
                    (entry.term, entry.written) in everyday
                    # A project's name with another sense (a titan, a seabird):
                    # in a text not about the field, it needs context too; so
                    # does a short abbreviation ("a wounded CI", an informant;
                    # "CDI signs" on a ward, "two CDs").
                    or (hint is not None and entry.term in proper)
                    or (e - s <= 3 and text[s:e].rstrip("s").isupper())
                    # A capitalised project's name in lower case.
                    or self._lower_case_project(text[s:e], entry.term)
                )
            ):
                if (
                    hint is not None
                    and entry.term in proper
                    and self._full_of(low, entry.term, layout, s, full_of)
                    and _SOFTWARE.isdisjoint(_WORD.findall(low, *_around(layout, s, e)))
                ):
                    # A paragraph full of the name's other sense, in a text not
                    # about the field: "Prometheus is the great trickster
                    # among the Titans" in a study guide of Greek myths; not
                    # an aside about software ("the software Prometheus was
                    # called after him").
                    continue
                ambiguous.append(len(kept))
            elif hint is not None and not entry.ambiguous and entry.term in proper:
                if s >= para_end:  # candidates come in order: one test a paragraph
                    para_start, para_end = layout.paragraph(s)
                    of_field = self._of_the_field(found, para_start, para_end)
                    dense.clear()
                if not of_field:
                    other = dense.get(entry.term)
                    if other is None:
                        other = dense[entry.term] = self._signs_in(
                            low, entry.term, para_start, para_end
                        )
                    if other:
                        # A paragraph full of the name's other sense ("Which
                        # Titan stole fire ...? *Prometheus.*"): the name needs
                        # context as an ordinary word does.
                        ambiguous.append(len(kept))
                        signs_near.add(s)
            kept.append(c)
        found = kept
        if not ambiguous:
            return found
        keep = [True] * len(found)
        for i in ambiguous:
            keep[i] = False
        plain = text.translate(_PLAIN)
        simple = text.isascii()
        sure = _Sure(found, keep)
        sure_starts = {c[0] for c, k in zip(found, keep, strict=True) if k}
        sorted_starts = sorted(sure_starts)
        # Round one; a word left at 0 or 1 may be lifted by words kept in it.
        undecided: list[tuple[int, int, tuple[int, int], tuple[int, int]]] = []
        added: list[int] = []
        cuts, paras, size = layout.sentences, layout.paragraphs, len(text)
        right, left = bisect.bisect_right, bisect.bisect_left
        # Where the paragraph of each added word starts.
        vouched: set[int] = set()
        heads: dict[int, int] = {}  # a table row's header (see _column_of)
        n_cuts, n_paras = len(cuts), len(paras)
        for i in ambiguous:
            s, e, entry, _ = found[i]
            # layout.sentence(s, e) and layout.paragraph(s), inlined: they are
            # asked for every candidate; the paragraph only when the words
            # around leave the question open.
            k = right(cuts, s)
            j = left(cuts, e, k)
            sentence = (
                max(cuts[k - 1] if k else 0, s - 300),
                min(cuts[j] if j < n_cuts else size, e + 300),
            )
            if (
                j < n_cuts
                and _WORD.search(text, sentence[0], s) is None
                and _WORD.search(text, e, sentence[1]) is None
                and "\n" not in text[e : sentence[1]]
            ):
                # A name that is all its sentence says, a label before the
                # sentence on its line ("- **Kuma**. Good for meshes that
                # span VMs"): it reads with that sentence.
                sentence = (
                    sentence[0],
                    min(cuts[j + 1] if j + 1 < n_cuts else size, e + 300),
                )
            if (
                (text[s - 2 : s] == "| " or text[s - 1 : s] == "|")
                and not self._terms[entry.term].usually_meant
                and _column_label(text, s, e, sorted_starts)
            ):
                continue  # "| Owner | Score |" over a table's rule: a column
            if (
                entry.term in proper
                and text.rfind("|", max(0, s - 24), s) >= 0
                and _column_of(text, s, e, heads) in _PEOPLE
            ):
                continue  # a cell in a column of people: "| Owner |", "| Ray |"
            local = self._local(
                text, plain, simple, s, e, entry, sentence, s in signs_near, people
            )
            if local < 0:
                continue
            k = right(paras, s)
            first = paras[k - 1] if k else 0
            if (
                local < 2
                and entry.term in proper
                and text[s - 2 : s] in _LABEL_MARKS
                and (
                    self._in_list_of_names(
                        text,
                        sure_starts,
                        sorted_starts,
                        first,
                        paras[k] if k < n_paras else size,
                        s,
                    )
                    or _in_column_of_names(text, s, e, sure_starts)
                )
            ):
                # A project's name labelling an item of a list whose items
                # other names label ("- Bank-Vaults: ... - Teller: ..."), or
                # all a cell says in a column of names ("| Metal3 |").
                local += 1
            if local >= 2:
                added.append(i)
                vouched.add(max(first, s - 1500))
                continue
            j = left(paras, s + 1, k)
            topic = sentence
            if j < n_paras and paras[j] - first < _HEADING:
                # A heading or a short line: the paragraph after it too, and,
                # unless the name is all the line says ("## Jobs": a section),
                # its first sentence as if it went on.
                j += 1
                if _WORD.search(text, first, s) or _WORD.search(text, e, paras[j - 1]):
                    k = right(cuts, paras[j - 1])
                    topic = (
                        sentence[0],
                        min(cuts[k] if k < n_cuts else size, sentence[1] + 300),
                    )
            paragraph = (
                max(first, s - 1500),
                min(paras[j] if j < n_paras else size, s + 1500),
            )
            need = 2 - local
            if self._context(entry.term, paragraph, topic, sure, need) >= need:
                added.append(i)
                vouched.add(paragraph[0])
            else:
                undecided.append((i, local, topic, paragraph))
        for i in added:
            keep[i] = True
        if undecided:
            # Round two: words kept in round one are context now for the rest
            # of their paragraph, and two undecided words of related terms in
            # one sentence ("a taint plus a matching toleration") vouch for
            # each other (+1).
            if added:
                sure = _Sure(found, keep)
            marks = sorted(vouched)
            pending: dict[int, set[str]] = {}
            for i, _, sentence, _ in undecided:
                pending.setdefault(sentence[0], set()).add(found[i][2].term)
            # In a text about the field (five different terms or more kept), a
            # word whose plain sense is rare there, in lower case and with
            # nothing against it, is meant ("treat the cluster as a product").
            # Not a long text whose terms are few or plain words ("a parish
            # festival's upstream and downstream, contributors and CDs").
            technical = not plain_text and (
                len({c[2].term for c, k in zip(found, keep, strict=True) if k})
                >= _TECHNICAL
            )
            # The projects' names kept as written (capitalised): the text has
            # shown that it names those projects.
            named_as = (
                collections.Counter(
                    (c[2].term, text[c[0] : c[1]])
                    for c, k in zip(found, keep, strict=True)
                    if k and c[2].term in proper and text[c[0] : c[0] + 1].isupper()
                )
                if technical
                else collections.Counter()
            )
            first_kept: dict[str, int] = {}
            # The terms the text named in a form that needs no context
            # ("availability zone", "kubectl drain"): their short forms that
            # do ("zone", "AZ") need one sign only, their names none.
            named_surely: set[str] = set()
            for c, k in zip(found, keep, strict=True):
                if k:
                    first_kept.setdefault(c[2].term, c[0])
                    if not c[2].ambiguous:
                        named_surely.add(c[2].term)
            for i, local, sentence, paragraph in undecided:
                s0, e0, entry, _ = found[i]
                tid = entry.term
                if (
                    technical
                    and local == 1
                    and self._terms[tid].usually_meant
                    and (
                        text[s0:e0].islower()
                        # An abbreviation as the data writes it: "open a PR";
                        # not all a heading says ("## TOC", a list of sections).
                        or (
                            entry.written.isupper()
                            and text.startswith(entry.written, s0)
                            and _line(text, s0).strip(" #*:") != entry.written
                        )
                        # Capitalised only to start a sentence or an item:
                        # "2. Pods now run as non-root".
                        or (
                            text[s0 + 1 : e0].islower()
                            and tid not in proper
                            and _initial(text, s0)
                            # Not all a heading says: "## Metrics", a section.
                            and _line(text, s0).strip(" #*:") != text[s0:e0]
                        )
                    )
                ):
                    keep[i] = True
                    continue
                if (
                    technical
                    and tid in named_surely
                    and tid not in proper
                    # its own name with nothing against it ("kubectl drain",
                    # then "the drain finished"); a short form with one sign
                    and local
                    >= (
                        0
                        if entry.written.lower() == self._terms[tid].name.lower()
                        else 1
                    )
                ):
                    keep[i] = True
                    continue
                if (
                    technical
                    and local >= 0
                    and text[s0:e0] == "kind"
                    and tid in proper
                    and (
                        _KIND_TOOL_AFTER.match(text, e0) is not None
                        or (
                            _ON_BEFORE.search(text, max(0, s0 - 4), s0) is not None
                            and not text.startswith((" of", " words"), e0)
                        )
                    )
                ):
                    # The tool where a text about the field runs things on it
                    # ("passed on kind locally", "tests run in kind with two
                    # workers", "a kind-based upgrade job"); not "in kind"
                    # (donations) nor "kind of".
                    keep[i] = True
                    continue
                if (
                    technical
                    and local == 1
                    and tid in self._resources
                    and text[s0:e0] == self._terms[tid].name
                    and _DETERMINER_BEFORE.search(text, max(0, s0 - 6), s0) is not None
                    and not _initial(text, s0)
                ):
                    # An API object's kind as the API spells it, mid-sentence
                    # after an article, in a technical text: "the image tag on
                    # the Deployment", "one Deployment" (not "the Deployment
                    # Team": a name after it takes the sign away).
                    keep[i] = True
                    continue
                if (
                    technical
                    and local >= 0
                    and text[s0 - 4 : s0].lower() == "the "
                    and text[s0:e0].islower()
                    and not text.startswith((" of ", " name"), e0)
                    and any(
                        first_kept.get(k, s0) < s0 for k in self._kinds.get(tid, ())
                    )
                ):
                    # The kind of a thing the text named before: "the
                    # operator" in a runbook for CloudNativePG (not "the host
                    # of a meetup", "the host name").
                    keep[i] = True
                    continue
                if (
                    technical
                    and local >= 0
                    and tid in proper
                    and (
                        _titles_its_section(text, s0, e0)
                        # One sense a text: a project's name as written where
                        # the text named the project before or after
                        # ("Terraform stays for foundations").
                        or (
                            named_as[tid, text[s0:e0]]
                            >= (1 if _capitals(text[s0:e0]) else _NAMED_AS)
                            and _LIKELY + text[s0:e0] not in people
                        )
                    )
                ):
                    # A section about a project: its name is all the heading
                    # says and starts the paragraph under it ("### Submariner",
                    # then "Submariner builds tunnels").
                    keep[i] = True
                    continue
                # Two related ordinary words vouch for each other, but not in a
                # long everyday text ("a taint plus a matching toleration"; not
                # a museum guide's "the label beside each object"); projects'
                # names anywhere ("its companion projects Thanos and Perses").
                related = self._related[tid]
                mutual = (not plain_text or tid in proper) and not related.isdisjoint(
                    pending[sentence[0]]
                )
                need = 2 - local - mutual
                if (
                    mutual
                    or paragraph[0] in vouched
                    # A word kept in round one in the paragraph read with
                    # this one, the same term or a related one: a heading's
                    # section ("## SOPS in Git", then "Flux decrypts SOPS
                    # files"; not "## About the role", then clusters).
                    or (
                        (v := right(marks, paragraph[0])) < len(marks)
                        and marks[v] < paragraph[1]
                        and self._in_section(tid, paragraph, sure)
                    )
                ) and self._context(tid, paragraph, sentence, sure, need) >= need:
                    keep[i] = True
        return [c for c, k in zip(found, keep, strict=True) if k]

    def _short_names_listed(self, text: str, start: int, end: int) -> bool:
        """Is kubectl's short name at ``text[start:end]`` a code span of its
        own, in a line with two more such spans ("Short forms: `po`, `ev`,
        `deploy`")?"""
        if text[start - 1 : start] != "`" or text[end : end + 1] != "`":
            return False
        a = text.rfind("\n", max(0, start - 300), start) + 1 or max(0, start - 300)
        b = text.find("\n", end, end + 300)
        listed = _CODE_WORD.findall(text, a, b if b >= 0 else end + 300)
        return sum(w in self._short_names for w in listed) >= 3

    def _in_section(self, tid: str, paragraph: tuple[int, int], sure: _Sure) -> bool:
        """Is term ``tid``, or a term related to it, kept in ``paragraph``?"""
        kept, _ = sure.around(paragraph, paragraph)
        return tid in kept or not kept.isdisjoint(self._related[tid])

    @staticmethod
    def _in_list_of_names(
        text: str, sure: set[int], sorted_sure: list[int], a: int, b: int, start: int
    ) -> bool:
        """Does the name at ``start`` label an item of a list in ``text[a:b]``
        whose other items (eight lines either side at most) a name kept labels,
        ``sure`` holding where the names kept start, ``sorted_sure`` the same
        in order?"""
        a, b = max(a, start - 600), min(b, start + 600)
        lo = bisect.bisect_left(sorted_sure, a)
        if lo == len(sorted_sure) or sorted_sure[lo] >= b:
            return False  # no name kept near: no list of names
        line = text.rfind("\n", a, start) + 1 or a
        item = _ITEM.match(text, line)
        if item is None or item.end() != start:
            return False
        eol = text.find("\n", start, b)
        if eol >= 0 and _TABLE_RULE.match(text, eol + 1) is not None:
            return False  # a table's header: "| Kind | Removed |" names no kind
        pos = line
        for _ in range(8):  # the items before
            if pos <= a:
                break
            pos = text.rfind("\n", a, pos - 1) + 1 or a
            item = _ITEM.match(text, pos)
            if item is not None and item.end() in sure:
                return True
        pos = eol
        for _ in range(8):  # and after
            if pos < 0 or pos + 1 >= b:
                break
            item = _ITEM.match(text, pos + 1)
            if item is not None and item.end() in sure:
                return True
            pos = text.find("\n", pos + 1, b)
        return False

    def _local(
        self,
        text: str,
        plain: str,
        simple: bool,
        start: int,
        end: int,
        entry: _Entry,
        sentence: tuple[int, int],
        hinted: bool,
        people: set[str],
    ) -> int:
        """The evidence from the words around an ordinary word: its case, a
        compound it ends, cue words near it. 2 or more, or below 0, decides.

        Memoised on what it reads: the word as written, the four words either
        side (within the sentence), how the nearest are spaced, and whether the
        word starts a sentence. ``simple``: ``text`` is ASCII, so that ``plain``
        splits into its words where no apostrophe is near. ``hinted``: a word
        of the plain sense may be in the clause (see :meth:`_far_sign`).
        ``people``: the names this text gave a person or a pet so far; a title
        before the name adds it (a surname after it, as likely a person's).
        """
        written = text[start:end]
        lower = written.islower()
        a = max(sentence[0], start - 48)
        b = min(sentence[1], end + 48)
        if simple and plain.find("'", a, b) < 0:  # what _words does, inlined
            before = plain[a:start].split()
            after = plain[end:b].split()
        else:
            before = _words(text, plain, a, start)
            after = _words(text, plain, end, b)
        prev = before[-1] if before else ""
        next_ = after[0] if after else ""
        if (
            next_ == "of"
            and (
                (
                    lower
                    and (
                        written in _HEDGES
                        or (
                            _stem(written) in _COLLECTIVE
                            and _quantity(before, self._vocab)
                        )
                    )
                )
                # A hedge starting a sentence: "Kind of overwhelming."
                or (
                    written[1:].islower()
                    and written.lower() in _HEDGES
                    and _initial(text, start)
                )
            )
            and not self._of_parts(entry.term, after)
        ):
            return -9  # "what kind of", "a stack of"; not "every pod of the job"
        if (
            next_ == "of"
            and lower
            and len(after) > 1
            and _stem(written) in _COLLECTIVE
            and (things := after[1].lower()) not in self._vocab
            and (
                things in _PEOPLE_WORDS or (things.endswith("s") and is_english(things))
            )
            and _root(things) not in self._jargon
        ):
            return -2  # a group of things of no field: "the cluster of people"
        # A surname after a project's name: "Ray Okoye"; not "Rook Ceph",
        # "Thanos Querier".
        surname = (
            not lower
            and entry.term in self._proper
            and next_[:1].isupper()
            and text[end : end + len(next_) + 1] == " " + next_
            and self._surname(next_, entry.term)
        )
        if (
            not lower
            and (
                # The same name further on, unless a word of the field follows
                # it ("a note for Ray (our DBA) ... the Ray cluster").
                (
                    written in people
                    and not (
                        text[end : end + len(next_) + 1] == " " + next_
                        and (
                            next_.lower() in self._vocab
                            or _root(next_) in self._cue_words(entry.term)
                        )
                    )
                    # nor an item of a list of the field's names ("Prometheus,
                    # Loki, Tempo, Grafana" after "Jonas's dog Loki")
                    and not (
                        text[start - 2 : start] == ", "
                        and text[end : end + 1] == ","
                        and prev[:1].isupper()
                        and prev.lower() in self._vocab
                        and next_[:1].isupper()
                        and next_.lower() in self._vocab
                    )
                )
                or _titled(text, start, before)
                # Named after pets or people: "the cats, Calico and Flannel".
                or (
                    not lower
                    and _KIN_NAMED.search(text, max(0, start - 60), start) is not None
                )
                # A task list's assignee: "- [ ] Ray: set requests".
                or (
                    text.startswith(":", end)
                    and _TASK_BEFORE.search(text, max(0, start - 12), start) is not None
                )
                # Spoken to: "Good point, Ray.", "Thanks, Ray!"
                or (
                    _ADDRESSED_AFTER.match(text, end) is not None
                    and _ADDRESSED_BEFORE.search(text, max(0, start - 40), start)
                    is not None
                )
                or (
                    (m := _ROLE_AFTER.match(text, end)) is not None
                    and (
                        # somebody's role; after an article, a pet or a relative
                        # ("Helm, a package manager" is no person)
                        (m.group(1) or "").lower() in _SOMEBODYS
                        or (m.group(2) or "") in _KIN
                    )
                )
                # A surname and the colon of a speaker or a mail address:
                # "Ray Okoye: hi", "Ray Okoye <ray@example.com>".
                or (surname and text.startswith((":", " <"), end + len(next_) + 1))
            )
        ):
            # "Mr Jenkins", "Dr. Helm", "our dog Pixie", "Ray Okoye": a person,
            # a pet; and so is the same name further on in the text ("... but
            # Ray wrote").
            people.add(written)
            return -9
        if surname:
            # A surname with nothing more: a person ("Ray Okafor from data
            # science"); the same name further on needs context.
            people.add(_LIKELY + written)
            return -9
        prev_close = text[start - len(prev) - 1 : start] == prev + " "
        next_close = text[end : end + len(next_) + 1] == " " + next_
        joined = text[start - len(prev) - 2 : start - len(prev) - 1] in "-."
        initial = None if lower or written.isupper() else _initial(text, start)
        # Lower case where the writer starts sentences in lower case too (a chat
        # message): no sign of the plain word.
        casual = (
            lower
            and entry.written[:1].isupper()
            and entry.term in self._proper
            and _starts_lower(text, sentence[0], end)
        )
        # Its neighbours in a list ("Frankfurt, Lima and Sydney"): they tell
        # only of a capitalised word.
        prev_item = next_item = ""
        if not lower:
            if (
                len(before) > 1
                and prev in ("and", "or")
                and text[start - len(prev) - len(before[-2]) - 2 : start]
                == f"{before[-2]} {prev} "
            ):
                prev_item = before[-2]  # "in Porto or Lima"
            elif text[start - len(prev) - 2 : start] == prev + ", " and not (
                # A phrase put first, not an item: "In Dublin, Tinkerbell
                # provisions the racks".
                len(before) == 2 and a == sentence[0] and before[0].lower() in _FRONTING
            ):
                prev_item = prev
            if len(after) > 1 and after[0] in ("and", "or"):
                if text[end : end + len(after[0]) + 2] == f" {after[0]} ":
                    next_item = after[1]
            elif text[end : end + len(next_) + 2] == ", " + next_:
                next_item = next_
        key = (
            entry.term,  # not the entry: a dataclass hashes in Python, slowly
            entry.written,
            written,
            tuple(before[-4:]),
            tuple(after[:4]),
            prev_close,
            next_close,
            joined,
            initial,
            casual,
            prev_item,
            next_item,
            not lower and _NUMBERED.match(text, end) is not None,
            # A word of its plain sense further off in the clause (the near
            # ones were asked before): a weaker sign ("the coffee machine is
            # out of pods").
            hinted
            and self._far_sign(
                text, plain, start, end, entry.term, before, after, a, b
            ),
            # The word before starts the sentence: its capital says nothing.
            # Or a table's cell, under its header: "| Primary pod evicted |".
            (len(before) == 1 and a == sentence[0])
            or (
                prev_close
                and start - len(prev) >= 3
                and text[start - len(prev) - 3 : start - len(prev) - 1] == "| "
                and _header_end(text, end) < 0
            ),
            # The first word of a clause, or of a quotation: "; chart the
            # latency", 'told only "watch for anything odd"'.
            text[start - 2 : start] in _CLAUSE_OPENERS,
        )
        evidence = self._locals.get(key)
        if evidence is None:
            evidence = self._weigh(entry, *key[2:])
            if len(self._locals) < 100_000:
                self._locals[key] = evidence
        if evidence > 0 and not lower and _LIKELY + written in people:
            evidence = 0  # "Ray Okafor" before: "Ray" alone needs context
        elif (
            evidence < 0
            and not lower
            and entry.term in self._proper
            and _as_person(lower, key[3], key[4])
        ):
            # "don't ask Carina, she won't tell": the same name further on
            # needs context ("... texts Carina if a tank warms up").
            people.add(_LIKELY + written)
        if (
            lower
            and entry.written.islower()
            and self._terms[entry.term].kind in _TOOL_KINDS
        ):
            # A tool the data names in lower case, written so.
            if evidence < 2 and _lower_after_full_stop(text, start):
                # Starting a sentence, where sentences start with capitals:
                # the writer kept the name's case ("... in the node
                # container. kind shells out to ctr").
                evidence = 2
            elif _RUNS_ON.search(text, max(0, start - 24), start) is not None:
                evidence += 1  # where a thing runs: "ran on kind", "tested in kind"
        if (
            text[start - 1 : start] == "-"
            and prev.lower() in _SPANNING
            and text[start - len(prev) - 1 : start - 1] == prev
        ):
            # After a prefix that spans or divides: "cross-AZ", "per-node",
            # "multi-cluster" are words of the field.
            evidence += 1
        if (
            not lower
            and entry.term in self._proper
            and _VERSION_AFTER.match(text, end) is not None
        ):
            evidence += 1  # a release of it: "Harbor moved to 2.11", "Harbor v2.11"
        return evidence

    def _far_sign(
        self,
        text: str,
        plain: str,
        start: int,
        end: int,
        tid: str,
        before: list[str],
        after: list[str],
        a: int,
        b: int,
    ) -> bool:
        """Is a word of the term's plain sense in the clause around an ordinary
        word, but further than the six words next to it (those were asked
        first): "the coffee machine is out of pods", "the peas are fattening in
        their pods"? ``before`` and ``after`` are the words of ``text[a:start]``
        and ``text[end:b]``; a comma, semicolon or colon ends the clause."""
        signs = self._plain.get(tid)
        if (
            signs is None
            or (len(before) <= 4 and len(after) <= 4)
            # No sign among the far words at all: no clause to cut.
            or (
                signs.isdisjoint(map(_root, before[:-4]))
                and signs.isdisjoint(map(_root, after[4:]))
            )
        ):
            return False
        words: list[str] = []
        if len(before) > 4:
            cut = max(text.rfind(c, a, start) for c in ",;:")
            words += (
                before[:-4] if cut < 0 else _words(text, plain, cut + 1, start)[:-4]
            )
        if len(after) > 4:
            cut = min((x for c in ",;:" if (x := text.find(c, end, b)) >= 0), default=b)
            words += after[4:] if cut == b else _words(text, plain, end, cut)[4:]
        # Not the sign of another use of the name: "Kong ... than King Kong".
        name = text[start:end].lower()
        return not signs.isdisjoint(map(_root, words)) and all(
            w.lower() != name for w in words
        )

    def _weigh(
        self,
        entry: _Entry,
        written: str,
        before: tuple[str, ...],
        after: tuple[str, ...],
        prev_close: bool,
        next_close: bool,
        joined: bool,
        initial: bool | None,
        casual: bool,
        prev_item: str = "",
        next_item: str = "",
        numbered: bool = False,
        far_sign: bool = False,
        prev_first: bool = False,
        clause_first: bool = False,
    ) -> int:
        """The rules of :meth:`_local`, on what it read."""
        lower = written.islower()
        prev = before[-1] if before else ""
        next_ = after[0] if after else ""
        t = self._terms[entry.term]
        cues = self._cue_words(t.id)
        evidence = 0
        # Case: capitals mid-sentence name something, unless a neighbour is also
        # capitalised ("Pearl Harbor" is another name); a project's name in lower
        # case is the ordinary word ("the ship's harbor").
        proper = t.kind in PROPER_KINDS
        command = (
            proper
            and next_close
            and (
                next_.lower() in SUBCOMMANDS
                or (
                    _VERSION.fullmatch(next_) is not None
                    and (not lower or entry.written.islower())
                )
            )
        )
        if command:
            # A project's command line ("helm upgrade", "terraform apply"), or
            # a version after the name as the data spells it ("Helm 2", "kind
            # v0.23"; not "draft 3").
            evidence += 2
        elif proper and entry.written[:1].isupper() and lower and not casual:
            evidence -= 2
        elif (
            (
                prev_close
                and self._name_word(prev)
                and prev[1:].islower()
                and not _cue_form(prev, cues)
                # "Opinionated Terraform module": an English word whose
                # capital starts the sentence.
                and not (prev_first and prev.lower() in english_words())
            )
            or (
                next_close
                and self._name_word(next_)
                and next_[1:].islower()
                and not _cue_form(next_, cues)
            )
            or (
                not lower
                and all(
                    self._name_word(w) and w[1:].islower() and not _cue_form(w, cues)
                    for w in (prev_item, next_item)
                    if w
                )
                and (prev_item or next_item) != ""
            )
        ):
            # Not a word of its own field next to it ("Rook Ceph"), or in a
            # list of other names ("Frankfurt, Lima and Sydney"; not of tools
            # with inner capitals, "Jobs, JobSets and Ray").
            evidence -= 1
        elif not proper and numbered:
            # A numbered label: "Reviewer 1", "Score: 4/5", "Option 2".
            evidence -= 1
        elif not lower and not written.isupper() and not initial:
            evidence += 1
        # A project named like a person, followed by a pronoun that stands for
        # it ("Thanos snapping his fingers", "Prometheus had his liver eaten").
        # Or followed by "who", or by a verb of speech ("Dex noted", "Dex, who
        # joined in May"): a person.
        if proper and _as_person(lower, before, after):
            evidence -= 2
        # A name given as a code name ("codename Atlantis"): a label, not the term.
        last = before[-1].lower() if before else ""
        if last in ("codename", "codenamed") or (
            last in ("name", "named")
            and len(before) > 1
            and before[-2].lower() == "code"
        ):
            return -9
        # A name given to something ("a sloop called Argo", "one is named
        # Rook", "named the staging cluster Kraken"), unless a thing of the
        # field is what is named ("a tool called Helm", "the Kubernetes
        # operator called Rook", "named the tool Harbor").
        naming = next(
            (k for k in range(len(before) - 1, -1, -1) if before[k].lower() in _NAMING),
            -1,
        )
        if (
            # a project's name; or an ordinary word's, capitalised, that names
            # no API kind ("an old hop variety called Cluster"; not "a
            # resource called Deployment")
            (proper or (entry.ambiguous and t.id not in self._resources))
            and not lower
            and naming >= max(0, len(before) - 4)
            and (
                # "a very old calico cat called Pixie": a pet, whatever else
                not _KIN.isdisjoint(
                    w.lower() for w in before[max(0, naming - 3) : naming]
                )
                or (
                    not any(
                        w.lower() in _FIELD_NOUNS or _root(w) in cues
                        for w in before[max(0, naming - 3) : naming]
                    )
                    and _FIELD_NOUNS.isdisjoint(w.lower() for w in before[naming + 1 :])
                )
            )
        ):
            if not proper:
                return -1  # an ordinary word made a name is no term's
            evidence -= 2
        # A verb after a project's name, before its object ("Falco watches
        # every syscall", "Lima spins up a VM"); not a noun ("Envoy sidecars
        # keep retrying").
        if (
            lower
            and written.endswith("s")
            and prev_close
            and prev[:1].isupper()
            and next_.lower() in _OBJECT_START
            and any(
                e.term in self._proper
                for e in self._entry(prev.lower())
                # a name of two words: "Argo CD watches the repo"
                + self._entry("".join(before[-2:]).lower())
            )
        ):
            evidence -= 2
        # A verb after a word that asks for one, before its object ("and
        # chart the numbers", "to host a party", "Watch for errors"); not a
        # verb of the field's own ("to drain the node").
        if (
            not proper
            and written.lower() == entry.written.lower()
            and next_close
            and _root(written) not in _VERB_ROOTS
            and (
                (
                    next_.lower() in _VERB_OBJECT
                    # "and watch for timeouts"; "Watch for errors": a
                    # sentence's first word, bidding.
                    and ((lower and prev.lower() in _VERB_BEFORE) or not before)
                )
                # A clause's first word, bidding: "; chart API server latency".
                or (
                    lower
                    and clause_first
                    and (next_.lower() in _VERB_OBJECT or next_[:1].isupper())
                )
            )
        ):
            evidence -= 2
        # A word in -s after a pronoun that is its subject: the verb ("unless
        # someone objects", "it hosts the registry").
        if (
            lower
            and prev_close
            and written != entry.written
            and written.endswith("s")
            and (
                prev.lower() in _SUBJECTS
                or (prev.lower() in _ADVERBS and next_.lower() in _OBJECT_START)
                # "the node that hosts the client Pod"; not a verb of the
                # field's own ("kubectl drain, which cordons the machine")
                or (
                    prev.lower() in ("that", "which")
                    and next_.lower() in _OBJECT_START
                    and _root(written) not in _VERB_ROOTS
                )
            )
        ):
            evidence -= 2
        # A word of its plain sense further off in the clause.
        if far_sign:
            evidence -= 1
        # A word whose plain sense is rare in cloud-native text ("cluster").
        if t.usually_meant:
            evidence += 1
        # A name of several words written as the data writes it, in a form no
        # plain phrase has: joined by a hyphen, or capitals after the first word
        # ("in-toto", "Bank-Vaults", "Model Context Protocol"); not an everyday
        # phrase's own hyphen ("fine-tuning the flame").
        if (
            written == entry.written
            and not written.isalpha()
            and (entry.term, entry.written) not in self._everyday
        ):
            rest = written.split()[1:]
            if not rest or any(w[:1].isupper() for w in rest):
                evidence += 2
        # A modifier before a final ordinary word makes a compound ("tech stack",
        # "human operator", "first draft").
        low_prev, low_next = prev.lower(), next_.lower()
        if (
            lower
            and prev_close
            and low_prev in _ADJECTIVAL
            and written == entry.written.lower()  # not "are nodes"
            # the passive: "is cordoned"; not "so drained"
            and not (written.endswith("ed") and low_prev in _BE)
        ):
            evidence -= 2  # "please be kind to", "so kind"
        if (
            lower
            and entry.written.islower()  # "Cluster" in the data is a heading
            and prev_close
            and prev.isalpha()
            # A plain word; not a product's name ("RabbitMQ exporter", "Redis
            # operator"): that compound is the technical thing.
            and (prev.islower() or low_prev in english_words())
            and low_prev not in _INSTANCE  # "a small operator" is still one
            # A participle says what state it is in: "finished images",
            # "pending pods".
            and not (len(low_prev) > 4 and low_prev.endswith(("ed", "ing")))
            # "expose metrics", "it pushes images"
            and low_prev.removesuffix("s") not in _VERBS
            and _stem(low_prev) not in _VERBS
            and not joined
            and low_prev not in _STOP
            and low_prev not in self._vocab
            and (low_next in _STOP or low_next not in self._vocab)
            and _root(low_next) not in cues
        ):
            evidence -= 2
        # Cue words from the definition, tags and related names; not a word
        # that gives a name ("called": Pixie's definition speaks of calls).
        if (low_prev not in _NAMING and _root(low_prev) in cues) or _root(
            low_next
        ) in cues:
            evidence += 2
        elif not cues.isdisjoint(map(_root, before)) or not cues.isdisjoint(
            map(_root, after)
        ):
            evidence += 1
        return evidence

    def _context(
        self,
        tid: str,
        paragraph: tuple[int, int],
        sentence: tuple[int, int],
        sure: _Sure,
        need: int = 3,
    ) -> int:
        """The evidence from the terms kept around an ordinary word.

        Any term in the sentence; related terms in the sentence or paragraph; a
        paragraph dense with terms; the same term again. Counting may stop once
        the evidence reaches ``need``.
        """
        in_paragraph, in_sentence = sure.around(paragraph, sentence)
        if not in_paragraph:
            return 0
        again = tid in in_paragraph
        if tid in in_sentence:
            in_sentence = in_sentence - {tid}
        if need <= 1 and (in_sentence or again):
            # Any other term in the sentence, or this one in the paragraph, is 1.
            return 1
        context = 1 if len(in_paragraph) - again >= _DENSE else 0
        if in_sentence or not in_paragraph.isdisjoint(self._related[tid]):
            context = max(context, 1)
        if not in_sentence.isdisjoint(self._close(tid)):
            context = 2
        elif context < 2 and in_sentence and tid in self._general:
            # A general concept (node, pod): terms two steps away in the graph,
            # and a sentence full of terms, count too.
            near = self._two_steps(tid)
            context = max(
                context,
                min(2, (len(in_sentence) >= 2) + (not in_sentence.isdisjoint(near))),
            )
        elif (
            context < 2 and tid in self._proper and len(in_sentence & self._proper) >= 2
        ):
            # A project named among two others ("our stack: Helm, Karpenter
            # and Cilium").
            context = 2
        return context + again

    def _close(self, tid: str) -> frozenset[str]:
        """The terms related to ``tid`` that are no hub: strong evidence."""
        found = self._near_terms.get(tid)
        if found is None:
            found = frozenset(
                r for r in self._related[tid] if len(self._related[r]) <= self._hub
            )
            self._near_terms[tid] = found
        return found

    def _two_steps(self, tid: str) -> frozenset[str]:
        """Terms related to the terms related to ``tid`` (not through hubs)."""
        found = self._second.get(tid)
        if found is None:
            hop = self._related[tid]
            found = frozenset(
                far
                for near in hop
                if len(self._related[near]) <= self._hub
                for far in self._related[near]
            )
            self._second[tid] = found
        return found


_FIELDS = frozenset(Mention.model_fields)


def _mentions(
    terms: dict[str, Term], text: str, found: list[_Candidate]
) -> list[Mention]:
    """:class:`Mention` records whose fields are right by construction, made
    without validation (what :meth:`pydantic.BaseModel.model_construct` does,
    several times faster)."""
    out: list[Mention] = []
    append = out.append
    new = Mention.__new__
    set_ = object.__setattr__
    fields = _FIELDS
    for s, e, entry, score in found:
        m = new(Mention)
        values = {
            "term": terms[entry.term],
            "start": s,
            "end": e,
            "text": text[s:e],
            "score": score,
        }
        set_(m, "__dict__", values)
        set_(m, "__pydantic_fields_set__", fields)
        set_(m, "__pydantic_extra__", None)
        set_(m, "__pydantic_private__", None)
        append(m)
    return out


def _words(text: str, plain: str, start: int, end: int) -> list[str]:
    """``_WORD.findall(text[start:end])``; by splitting ``plain`` (``text`` with
    ASCII punctuation blanked) where that gives the same: several times faster."""
    part = text[start:end]
    if part.isascii() and "'" not in part:
        return plain[start:end].split()
    return _WORD.findall(part)


@contextlib.contextmanager
def _collector_paused() -> Generator[None, None, None]:
    """Pause Python's cyclic garbage collector while a text is read.

    Finding mentions makes tens of thousands of small tuples and records that
    form no cycles; each batch of them makes the collector walk every object the
    process holds, the glossary's among them, which took a fifth of the time on
    a megabyte of text. Reference counting still frees them. The collector is
    switched back on afterwards, and only if it was on before.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


_ROW = 2000  # characters: a table's row longer than this is read as no row


def _around(layout: _Layout, start: int, end: int, limit: int = 200) -> tuple[int, int]:
    """The sentence around ``start:end``, at most ``limit`` characters either
    side: a text without full stops is no single sentence to read whole."""
    first, last = layout.sentence(start, end)
    return max(first, start - limit), min(last, end + limit)


def _line_start(text: str, pos: int, limit: int = _ROW) -> int:
    r"""Where the line holding ``pos`` starts, looking back ``limit`` characters
    at most; -1 if it starts further back.

    >>> _line_start("ab\ncd", 4), _line_start("x" * 3000, 2500)
    (3, -1)
    """
    start = text.rfind("\n", max(0, pos - limit), pos) + 1
    return -1 if start == 0 and pos > limit else start


def _line(text: str, pos: int, limit: int = 300) -> str:
    """The line of ``text`` that holds ``pos``; "" for a line longer than
    ``limit`` on either side (no table's header is that long)."""
    start = _line_start(text, pos, limit)
    if start < 0:
        return ""
    end = text.find("\n", pos, pos + limit)
    if end < 0:
        if pos + limit < len(text):
            return ""
        end = len(text)
    return text[start:end]


# A field of a form or of a tracker's record: its key, then a short value
# ("**Labels:** q3, ops", "Owner: sre · Change approver: head of infra").
_FIELD_COLON = re.compile(r"\**:\**[ \t]+")
_FIELD_KEY = re.compile(
    r"(?:^|[·|•/]|[ \t]{2})[ \t]*\**[A-Z][\w -]{0,30}?\**:\**[ \t]", re.M
)
_FIELD_END = re.compile(r"[·|•\n]|[ \t]/[ \t]|[ \t]{2}")


def _short_value(text: str, start: int) -> bool:
    """Is what starts at ``start`` a form's value: a few words, no sentence?"""
    stop = _FIELD_END.search(text, start, start + 120)
    value = text[start : stop.start() if stop else start + 120]
    return len(value.split()) <= 6 and ". " not in value and not value.endswith(".")


_CELL_END = re.compile(r"[ \t]*\|")


def _header_end(text: str, pos: int) -> int:
    r"""Where the line holding ``pos`` ends if it is a Markdown table's header
    (a rule under it), else -1.

    >>> _header_end("| Median duration |\n|---|\n| 3 s |", 5), _header_end("| a |", 2)
    (19, -1)
    """
    eol = text.find("\n", pos, pos + _ROW)
    return eol if eol >= 0 and _TABLE_RULE.match(text, eol + 1) is not None else -1


def _column_label(text: str, start: int, end: int, sure: list[int]) -> bool:
    r"""Is ``text[start:end]`` all a cell of a Markdown table's header says,
    in a row where no other cell starts with a name kept (``sure``: where the
    names kept start, in order): a column's label, "| Owner | Score |"; not a
    project compared, "| | Flux | Argo CD |"?

    >>> text = "| Owner | Score |\n|---|---|\n| Ana | 0.7 |"
    >>> _column_label(text, 10, 15, []), _column_label(text, 10, 15, [2])
    (True, False)
    """
    if _CELL_END.match(text, end) is None:
        return False
    eol = _header_end(text, end)
    if eol < 0:
        return False
    line = _line_start(text, start)
    if line < 0:
        return False
    i = bisect.bisect_left(sure, line)
    return not any(p != start for p in sure[i : bisect.bisect_left(sure, eol)])


# The labels of a table's columns of people.
_PEOPLE = _wordset(
    "owner owners assignee assignees who lead author authors by person contact "
    "reviewer reviewers driver dri responsible speaker speakers presenter host "
    "coach chair name names member members volunteer volunteers"
)


def _column_of(
    text: str, start: int, end: int, heads: dict[int, int] | None = None
) -> str:
    r"""The label, in lower case, of the table column whose cell
    ``text[start:end]`` is all of (or ends, after a first name); "" if none.
    ``heads`` remembers, for a text read from the top, where each row's
    header starts (-1: none), so that no table is walked twice.

    >>> text = "| Step | Owner |\n|---|---|\n| Run it | Ray |\n"
    >>> _column_of(text, 38, 41), _column_of(text, 29, 35)
    ('owner', 'step')
    """
    if _CELL_END.match(text, end) is None:
        return ""
    line = _line_start(text, start)
    if line < 0:
        return ""
    cell = text.count("|", line, start)
    before = text[text.rfind("|", line, start) + 1 : start].strip()
    if before and not (before.isalpha() and before.istitle()):
        return ""  # not all the cell says, nor a first name and this one
    if heads is None:
        heads = {}
    walked: list[int] = []
    head, pos = -1, line
    for _ in range(60):  # the rows above, up to the table's rule
        if pos in heads:
            head = heads[pos]
            break
        walked.append(pos)
        above = _line_start(text, pos - 1) if pos else -1
        if above < 0 or "|" not in text[above:pos]:
            break
        if _TABLE_RULE.match(text, above) is not None:
            head = _line_start(text, max(0, above - 1))
            break
        pos = above
    for row in walked:
        heads[row] = head
    if head < 0:
        return ""
    rule = text.find("\n", head, head + _ROW)
    if rule < 0:
        return ""
    cells = text[head:rule].split("|")
    return cells[cell].strip().lower() if cell < len(cells) else ""


def _in_column_of_names(text: str, start: int, end: int, sure: set[int]) -> bool:
    r"""Is ``text[start:end]`` all a cell of a Markdown table says (not the
    first), in a column where a row near it (eight rows either side at most)
    has a cell starting with a name kept, ``sure`` holding where the names
    kept start: "| Dublin | Tinkerbell |" under "| Leeds | Metal3 |"?

    >>> text = "| Leeds | Metal3 |\n| Dublin | Tinkerbell |\n"
    >>> _in_column_of_names(text, 30, 40, {10}), _in_column_of_names(text, 30, 40, {2})
    (True, False)
    """
    if _CELL_END.match(text, end) is None:
        return False
    line = _line_start(text, start)
    if line < 0:
        return False
    bar = text.rfind("|", line, start)
    if bar <= line or text[bar + 1 : start].strip(" \t*_"):
        return False  # not all the cell says, or the row's first cell
    column = text.count("|", line, start)
    rows: list[int] = []
    pos = line
    for _ in range(8):  # the rows above
        above = _line_start(text, pos - 1) if pos else -1
        if above < 0 or not text.startswith("|", above):
            break
        rows.append(above)
        pos = above
    pos = line
    for _ in range(8):  # and below
        below = text.find("\n", pos, pos + _ROW) + 1
        if below <= 0 or not text.startswith("|", below):
            break
        rows.append(below)
        pos = below
    for row in rows:
        eol = text.find("\n", row, row + _ROW)
        cells = text[row : eol if eol >= 0 else row + _ROW].split("|")
        if column >= len(cells) - 1:
            continue
        offset = row + sum(len(c) + 1 for c in cells[:column])
        cell = cells[column]
        if offset + len(cell) - len(cell.lstrip(" \t*_")) in sure:
            return True
    return False


def _value_beside_a_name(text: str, start: int, named: set[int]) -> bool:
    r"""Does the line before or after the one holding ``start`` say the same
    up to a name found there (``named``: where names that need no context
    start)? A flag's value among such lines names a term like them:
    "--infrastructure metal3", then "--infrastructure tinkerbell".

    >>> text = "init --infra metal3\ninit --infra tinkerbell\n"
    >>> _value_beside_a_name(text, 33, {13}), _value_beside_a_name(text, 33, set())
    (True, False)
    """
    line = _line_start(text, start, 200)
    if line < 0:
        return False
    prefix = text[line:start]
    above = _line_start(text, line - 1, 200) if line else -1
    if above >= 0 and above + len(prefix) in named and text.startswith(prefix, above):
        return True
    below = text.find("\n", start, start + 200) + 1
    return below > 0 and below + len(prefix) in named and text.startswith(prefix, below)


def _in_kubectl_command(
    text: str, layout: _Layout, start: int, end: int, in_code: bool
) -> bool:
    """Does a kubectl command come before ``text[start:end]``: on its line in
    code, in its sentence in prose?"""
    since = max(0, start - 80)
    if not in_code:
        since = max(since, layout.sentence(start, end)[0])
    return _AFTER_KUBECTL.search(text, since, start) is not None


def _titles_its_section(text: str, start: int, end: int) -> bool:
    """Is the name at ``text[start:end]`` all a Markdown heading says, with the
    paragraph under it starting with the same name, or the first word of such
    a paragraph?"""
    name = text[start:end]
    # Only a few characters back: a heading is short, and a long line none.
    line = text.rfind("\n", max(0, start - 12), start)
    if line >= 0 or start <= 12:
        head = _SECTION_HEADING.match(text, line + 1)
        if head is not None and head.end(1) == start and text.startswith("\n", end):
            after = _BLANK_LINES.match(text, end)
            return after is not None and text.startswith(name + " ", after.end())
    if line != start - 1 or text[line - 1 : line] != "\n":
        return False  # not the first word of a paragraph after a blank line
    prev = text.rfind("\n", max(0, line - 200), line - 1)
    if prev < 0 and line > 200:
        return False  # the line before is longer than a heading
    head = _SECTION_HEADING.match(text, prev + 1)
    return (
        head is not None
        and text[head.end(1) : line - 1].rstrip() == name
        and text.startswith(name + " ", line + 1)
    )


def _form_field(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` (part of) the key of a field in a form, with
    another field on its line or on the line next to it?"""
    colon = _FIELD_COLON.match(text, end, end + 8)
    if colon is None or not _short_value(text, colon.end()):
        return False
    first = text.rfind("\n", max(0, start - 300), start) + 1
    last = text.find("\n", end, end + 300)
    last = len(text) if last < 0 else last
    if len(_FIELD_KEY.findall(text, first, last)) >= 2:
        return True
    for a, b in (
        (text.rfind("\n", max(0, first - 300), max(0, first - 1)) + 1, first - 1),
        (last + 1, text.find("\n", last + 1, last + 300)),
    ):
        if a < b and (key := _FIELD_KEY.match(text, a, b)) is not None:
            rest = _FIELD_COLON.search(text, key.start(), b)
            if rest is not None and _short_value(text, rest.end()):
                return True
    return False


def _titled(text: str, start: int, before: list[str]) -> bool:
    """Does a title or a person's role stand right before the name at
    ``start``, ``before`` being the words before it? Not a unit after a number
    ("300 ms. Prometheus graph").

    >>> _titled("ask Dr. Helm", 8, ["ask", "Dr"])
    True
    >>> _titled("300 ms. Helm", 8, ["300", "ms"])
    False
    >>> _titled("The miss. OpenCost", 10, ["The", "miss"])
    False
    """
    if not before:
        return False
    word = before[-1]
    low = word.lower()
    title = (low in _TITLES or word in _SHIPS) and not (
        len(before) > 1 and before[-2][:1].isdigit()
    )
    if not (
        title
        or low in _ROLES
        or (
            low in _OWNED_ROLES
            and len(before) > 1
            and before[-2].lower() in _POSSESSIVES
        )
    ):
        return False
    gap = text[max(0, start - len(word) - 3) : start]
    at = gap.rfind(word)
    if at < 0:
        return False
    sep = gap[at + len(word) :]
    mark = sep.strip(" \t")
    if mark == "." and low not in _SHORT_TITLES:
        return False  # a sentence's end: "The miss. OpenCost runs in every cluster"
    return sep[-1:] in (" ", "\t") and mark in (("", ".") if title else ("", ","))


def _joined_name(text: str, start: int, end: int) -> bool:
    """Is a capitalised ``text[start:end]`` joined by a hyphen to another
    capitalised word, as part of another name ("Node-RED", "Uptime-Kuma")?"""
    if not text[start : start + 1].isupper():
        return False
    after = text[end : end + 2]
    before = text[max(0, start - 2) : start]
    return (len(after) == 2 and after[0] == "-" and after[1].isupper()) or (
        len(before) == 2
        and before[1] == "-"
        and before[0].isalpha()
        and _capital_before(text, start - 1)
        # not after a prefix that only describes: "Cross-AZ", "Multi-Cluster"
        and _PREFIX_BEFORE.search(text, max(0, start - 8), start) is None
    )


def _capital_before(text: str, hyphen: int) -> bool:
    """Does the word that ends at ``hyphen`` start with a capital?"""
    i, stop = hyphen, max(0, hyphen - 100)  # a word longer than that is no name
    while i > stop and text[i - 1].isalnum():
        i -= 1
    return text[i : i + 1].isupper()


def _in_identifier(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` part of a dotted name, a handle, a label path or
    a colon-joined name: ``Node.js``, ``@acme``, ``kind/feature``,
    ``system:serviceaccount:ns:ci``? (After a dot, any name is part of a path
    of fields: :meth:`TextIndex._disambiguate` tests that for every name.)"""
    after = text[end + 1 : end + 2]
    before = text[start - 1 : start]
    if "/" in (before, text[end : end + 1]) and _names_paired(text, start, end):
        return False
    return (
        before in ("@", "/")
        # Between colons, or last after two: "system:serviceaccount:shop:ci".
        or (
            before == ":"
            and (
                text[end : end + 1] == ":"
                or _COLON_PATH.search(text, max(0, start - 80), start) is not None
            )
        )
        or (
            # A name goes on after the dot or slash; not "Longhorn.**" (emphasis).
            text[end : end + 1] in (".", "/")
            and after != ""
            and (after.isalnum() or after in "_$<")  # "Object.<anonymous>"
        )
    )


_PAIRED_AFTER = re.compile(r"/[A-Z][\w-]*(?![\w/]|\.\w)")
_PAIRED_BEFORE = re.compile(r"(?<![\w/.])[A-Z][\w-]*/$")


def _names_paired(text: str, start: int, end: int) -> bool:
    """Is the capitalised ``text[start:end]`` one of two names joined by a
    slash, no path: "Rook/Ceph", "Flux/Argo CD"; not "kind/feature" or
    "charts/Harbor/values.yaml"?

    >>> text = "**Rook/Ceph.** and docs/Rook/Ceph.md"
    >>> [_names_paired(text, s, s + 4) for s in (2, 7, 24)]
    [True, True, False]
    """
    if not text[start : start + 1].isupper():
        return False
    if text[end : end + 1] == "/":
        return (
            text[start - 1 : start] != "/"
            and not text[start - 1 : start].isalnum()
            and _PAIRED_AFTER.match(text, end) is not None
        )
    return (
        text[end : end + 1] != "/"
        and not (text[end : end + 1] == "." and text[end + 1 : end + 2].isalnum())
        and _PAIRED_BEFORE.search(text, max(0, start - 60), start) is not None
    )


_IDIOM_GAP = re.compile(r"[\s-]+")


def _idiom_of(entry: str, own: set[str]) -> bool:
    """Is a ``plain_sense`` entry an idiom: several words, one of them the
    name's ("off the charts" for "chart")?

    >>> [_idiom_of(x, {"chart"}) for x in ("bar chart", "off the charts", "music")]
    [True, True, False]
    >>> _idiom_of("public endpoints", {"endpoints"})  # a name in the plural
    True
    """
    words = _IDIOM_GAP.split(entry.lower())
    stems = {*own, *map(_stem, own)}
    return len(words) > 1 and not stems.isdisjoint(map(_stem, words))


def _in_idiom(idiom: re.Pattern[str], text: str, start: int, end: int) -> bool:
    """Does a match of ``idiom`` within 40 characters hold ``text[start:end]``?

    >>> _in_idiom(_phrase_pattern([["e2e", "job"]]), "the e2e job ran", 8, 11)
    True
    """
    return any(
        m.start() <= start and (end <= m.end() or text[m.end() : end] in ("s", "es"))
        for m in idiom.finditer(text, max(0, start - 40), end + 40)
    )


def _phrase_pattern(phrases: list[list[str]]) -> re.Pattern[str]:
    """Any of ``phrases`` (lists of words), whatever lies between the words.

    >>> _phrase_pattern([["ci", "job"]]).search("the CI  job").group()
    'CI  job'
    """
    return re.compile(
        r"\b(?:" + "|".join(r"\W+".join(map(re.escape, w)) for w in phrases) + r")",
        re.IGNORECASE,
    )


def _identity(s: str) -> str:
    return s


def _stem(word: str) -> str:
    for s in singulars(word)[:1]:
        return s
    return word


@functools.lru_cache(maxsize=65536)
def _root(word: str) -> str:
    """A rough stem for comparing cue words: a possessive, plural, -ing, -ed,
    -er and a final -e folded ("reconciles", "reconciling" and "reconcile"
    meet).

    >>> [_root(w) for w in ("reconciles", "reconciling", "schedulers", "pods")]
    ['reconcil', 'reconcil', 'schedul', 'pod']
    """
    word = word.lower()
    if word.endswith(("'s", "\u2019s")):  # a possessive: "Shelley's"
        word = word[:-2]
    word = _stem(word)
    for suffix in ("ing", "ed", "er", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


_VERB_ROOTS = frozenset(map(_root, _VERBS))  # a verb of the field's own


def _root_is_another(words: list[str]) -> bool:
    """Is ``words`` one word whose root, two letters or more shorter than its
    singular, is an English word of its own ("waiter", "flowers", "pasted")?

    >>> _root_is_another(["waiters"]), _root_is_another(["pods"])
    (True, False)
    """
    if len(words) != 1:
        return False
    base = _stem(words[0])
    root = _root(base)
    return len(base) - len(root) >= 2 and root in english_words()


def _occurrences(low: str, norm: str, words: Iterable[str]) -> list[tuple[int, int]]:
    """Where the words occur in ``low`` as whole words, in order.

    ``norm`` is ``low`` blanked as :meth:`TextIndex.mentions` does: one pass of
    an automaton over it finds the words written in ASCII.
    """
    import ahocorasick

    out: list[tuple[int, int]] = []
    automaton = ahocorasick.Automaton()
    for word in words:
        if word.isascii():
            automaton.add_word(f" {word.replace('-', ' ')} ", word)
            continue
        i = low.find(word)
        while i >= 0:
            j = i + len(word)
            if (i == 0 or not low[i - 1].isalnum()) and (
                j == len(low) or not low[j].isalnum()
            ):
                out.append((i, j))
            i = low.find(word, j)
    if len(automaton):
        automaton.make_automaton()
        check = not low.isascii()  # a letter outside ASCII is blank in ``norm``
        for end, word in automaton.iter(norm):
            j = end - 1
            i = j - len(word)
            if low[i:j] == word and not (
                check
                and (
                    (i and low[i - 1].isalnum()) or (j < len(low) and low[j].isalnum())
                )
            ):
                out.append((i, j))
    out.sort()
    return out


@functools.cache
def given_names() -> frozenset[str]:
    """Common given names of many languages, in lower case, none of them an
    English word or a word of the field (``_given_names.txt``, written for this
    library): before a project's name, they make it a surname ("Priya Jenkins").

    >>> "priya" in given_names(), "harbor" in given_names()
    (True, False)
    """
    from importlib.resources import files

    raw = files("cncf_glossary").joinpath("_given_names.txt").read_text("utf-8")
    return frozenset(raw.split())


def _given_name_before(text: str, start: int) -> bool:
    """Is the word before ``start`` (after one blank) a given name, with a
    capital ("**Marcus Jenkins**")?

    >>> _given_name_before("by **Priya Jenkins**", 11)
    True
    >>> _given_name_before("run Helm", 4)
    False
    """
    a = max(0, start - 24)
    word = text[
        max(text.rfind(" ", a, start - 1), text.rfind("\n", a, start - 1)) + 1 : start
        - 1
    ]
    word = word.lstrip("*_([\"'")
    return word.istitle() and word.isalpha() and word.lower() in given_names()


def _as_person(lower: bool, before: tuple[str, ...], after: tuple[str, ...]) -> bool:
    """Do the words around a project's name make it a person's: followed by
    "who", a pronoun or a verb of speech ("Dex noted", "Thanos snapping his
    fingers"), or thanked ("kudos to Ray")?

    >>> _as_person(False, ("ask",), ("she", "won't", "tell"))
    True
    >>> _as_person(False, ("deploy",), ("with", "Helm"))
    False
    """
    prev = before[-1] if before else ""
    next_ = after[0] if after else ""
    return (
        # "maintainers of Falco, who ...": the maintainers are meant.
        (next_.lower() == "who" and prev.lower() != "of")
        # "kudos to Ray for babysitting": thanks go to a person.
        or (
            not lower
            and prev == "to"
            and len(before) > 1
            and before[-2].lower() in _THANKS
            and (
                next_ == "for"
                # "kudos to Ray and the team"; not "kudos to Harbor: it stores them"
                or (
                    len(after) > 2
                    and after[:2] == ("and", "the")
                    and after[2] in _CREWS
                )
            )
        )
        or (
            not lower
            and (
                next_.lower() in _SPEECH
                or not _PERSONAL.isdisjoint(w.lower() for w in after[:3])
            )
        )
    )


def _listed_with_people(text: str, start: int, end: int) -> bool:
    """Is the name at ``text[start:end]`` an item of a list whose items beside
    it are given names ("Present: Priya, Ray, Kai")?

    >>> _listed_with_people("Present: Priya, Ray, Kai.", 16, 19)
    True
    >>> _listed_with_people("Tools: Helm, Ray, Kyverno.", 13, 16)
    False
    """
    beside = [
        m.group(1)
        for m in (
            _ITEM_AFTER.match(text, end),
            _ITEM_BEFORE.search(text, max(0, start - 24), start),
        )
        if m is not None
    ]
    return bool(beside) and all(w.lower() in given_names() for w in beside)


def _derived_english(word: str) -> bool:
    """Is ``word`` an English word with an ending the word list may lack
    ("quintessentially", "reroutings")?

    >>> _derived_english("quintessentially"), _derived_english("okafor")
    (True, False)
    """
    english = english_words()
    for ending in _ENDINGS:
        stem = word[: -len(ending)]
        if (
            word.endswith(ending)
            and len(stem) >= 3
            and (stem in english or stem + "e" in english or stem + "al" in english)
        ):
            return True
    return False


def _capitals(written: str) -> bool:
    core = written[:-1] if written.endswith("s") and len(written) > 2 else written
    letters = [c for c in core if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _paths(text: str) -> list[tuple[int, int]]:
    """Files' paths and branches' names: from the root ("/etc/k3s/k3s.yaml"),
    home or here ("~/.kube/config", "./bin/x") with two slashes or more, a
    relative path to a file ("templates/pdb.yaml") or a folder ("k8s/"), a
    branch ("feat/chart-pdb"); and what a domain heads: an API group or a
    label's key ("apps.kubernetes.io/v1", "karpenter.sh/nodepool").

    >>> t = "see /etc/k3s/a.yaml, templates/pdb.yaml, feat/x, karpenter.sh/pool"
    >>> [t[a:b] for a, b in _paths(t + " and and/or")]
    ['/etc/k3s/a.yaml', 'templates/pdb.yaml', 'feat/x', 'karpenter.sh/pool']
    """
    out: list[tuple[int, int]] = []
    pos = 0
    for m in _SLASHED.finditer(text):
        slash, end = m.span()
        if slash < pos:
            continue
        start = slash
        while start > slash - 100 and start and text[start - 1] in _PATH_CHARS:
            start -= 1
        if start and text[start - 1] == "/":
            continue  # part of an address ("https://..."), found on its own
        token = text[start:end].rstrip(".")
        head = token[: slash - start]
        if (
            (head in ("", "~", ".", "..") and token.count("/") >= 2)
            or _FILE.fullmatch(token) is not None
            or head.lower() in _BRANCH
            or _DOMAIN.fullmatch(head) is not None
            or (head and token == head + "/")  # a folder: "kubectl apply -f k8s/"
        ):
            out.append((start, start + len(token)))
            pos = end
    return out


# A line of a chat log: a time, then a speaker ("09:00  anna: hi", "[19:02]
# <mira> hi", "[02:38] * ray waves").
_CHAT_LINE = re.compile(
    r"^[ \t]*\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]+"
    r"(?:<[^>\n]{1,32}>|[\w.@-]{1,32}:|\*[ \t]+[\w.-]{1,32})[ \t]",
    re.MULTILINE,
)


def _chat_out(text: str, code: list[tuple[int, int]]) -> list[tuple[int, int]]:
    r"""``code`` without the fenced blocks that hold a chat log: three lines
    or more, most of them a time and a speaker, are prose put in a fence.

    >>> log = "```\n09:00 anna: hi\n09:01 bo: be kind\n09:02 anna: ok\n```"
    >>> _chat_out(log, [(0, len(log))]), _chat_out("```\nls\n```", [(0, 10)])
    ([], [(0, 10)])
    """
    out = []
    for a, b in code:
        if text.startswith(("```", "~~~"), a):
            lines = text.count("\n", a, b) - 1
            if lines >= 3:
                chat = sum(1 for _ in _CHAT_LINE.finditer(text, a, b))
                if chat >= 3 and 2 * chat > lines:
                    continue
        out.append((a, b))
    return out


def _spans(
    patterns: tuple[re.Pattern[str], ...],
    text: str,
    extra: list[tuple[int, int]] | None = None,
) -> list[tuple[int, int]]:
    """The spans the patterns match, and ``extra``, sorted, nested or
    overlapping ones merged."""
    spans: list[tuple[int, int]] = list(extra or ())
    for p in patterns:
        for m in p.finditer(text):
            a = m.start()
            if text[a] == "@":
                while a > 0 and (text[a - 1].isalnum() or text[a - 1] in "._+-"):
                    a -= 1
            spans.append((a, m.end()))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for a, b in spans:
        if merged and a < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


def _lower_after_full_stop(text: str, start: int) -> bool:
    """Does ``start`` follow a sentence's full stop (not an abbreviation's)
    after a sentence that starts with a capital?

    >>> _lower_after_full_stop("It pulls the image. kind loads it.", 20)
    True
    >>> _lower_after_full_stop("it pulls the image. kind loads it.", 20)
    False
    >>> _lower_after_full_stop("Tools, e.g. kind or k3d.", 12)
    False
    """
    if text[start - 2 : start] not in (". ", "! ", "? "):
        return False
    m = _SENTENCE_BEFORE.search(text, max(0, start - 400), start - 1)
    return (
        m is not None
        and m.group(2).lower() not in _ABBREVIATIONS
        and m.group(1).isupper()
    )


def _in_title_of_work(text: str, start: int, end: int) -> bool:
    """Is the name at ``text[start:end]`` part of a title in italics, of two to
    eight words with capitals ("*Prometheus Rising*"), not all of it?

    >>> _in_title_of_work("read *Prometheus Rising* first", 6, 16)
    True
    >>> _in_title_of_work("run *Prometheus* first", 5, 15)
    False
    """
    a = text.rfind("*", max(0, start - 60), start)
    if a < 0 or text[a - 1 : a] == "*" or text[a + 1 : a + 2].isspace():
        return False
    b = text.find("*", end, end + 60)
    if b < 0 or text[b + 1 : b + 2] == "*":
        return False
    inner = text[a + 1 : b]
    words = inner.split()
    return (
        "\n" not in inner
        and 2 <= len(words) <= 8
        and inner != text[start:end]
        and all(w[:1].isupper() or w in _STOP for w in words)
        and words[0][:1].isupper()
    )


def _in_comment(text: str, code: list[tuple[int, int]], pos: int) -> bool:
    """Is ``pos``, in a block of code (one of the spans ``code``), in a comment
    of its line ("# freeze writes on the old stack", "x := 1 // the old
    stack")?

    >>> block = "```\\nkubectl get pods  # the old stack\\n```"
    >>> _in_comment(block, [(0, len(block))], 32)
    True
    >>> _in_comment(block, [(0, len(block))], 12)
    False
    """
    i = bisect.bisect_right(code, (pos, 1 << 62)) - 1
    line = max(code[i][0], text.rfind("\n", max(0, pos - 200), pos) + 1)
    return line > code[i][0] and _COMMENT.search(text, line, pos) is not None


def _cue_form(word: str, cues: frozenset[str]) -> bool:
    """Is ``word`` a cue, or the agent noun of a cue of five letters or more,
    which its root misses ("Querier" for "query", "Compactor" for "compact")?

    >>> cues = frozenset({"query", "engin"})
    >>> [_cue_form(w, cues) for w in ("Querier", "Okoye", "Engineer")]
    [True, False, False]
    """
    low = word.lower()
    if _root(low) in cues:
        return True
    m = _AGENT.fullmatch(low)
    if m is None:
        return False
    stem = m.group(1)
    # "quer" of "querier" starts "query"; not "engine" of "engineer" ("engin").
    return stem in cues or any(
        c.startswith(stem) and len(c) - len(stem) <= 1 for c in cues
    )


def _in_handle(text: str, start: int) -> bool:
    """Is ``start`` inside a Reddit user's or subreddit's name ("u/kind-fan",
    "r/kubernetes")?

    >>> _in_handle("Posted by u/not-so-kind-cluster", 22), _in_handle("a/kind", 2)
    (True, False)
    """
    j = start
    while j > 0 and (text[j - 1].isalnum() or text[j - 1] in "-_"):
        j -= 1
    return text[j - 2 : j] in ("u/", "r/") and (j == 2 or not text[j - 3].isalnum())


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    i = bisect.bisect_right(spans, (pos, 1 << 62)) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def _resolve(found: list[_Candidate], extra: list[_Candidate]) -> list[_Candidate]:
    """Merge misspellings into exact matches: the longer of two overlapping wins.

    ``found`` is sorted and free of overlaps; so is the result.
    """
    drop: set[int] = set()
    kept_extra: list[_Candidate] = []
    starts = [c[0] for c in found]
    for x in sorted(extra, key=lambda c: (c[0], c[0] - c[1])):
        if kept_extra and kept_extra[-1][1] > x[0]:
            continue
        i = bisect.bisect_left(starts, x[1])
        j = i
        while j > 0 and found[j - 1][1] > x[0]:
            j -= 1
        clash = [k for k in range(j, i) if k not in drop]
        if all(found[k][1] - found[k][0] < x[1] - x[0] for k in clash):
            drop.update(clash)
            kept_extra.append(x)
    merged = [c for k, c in enumerate(found) if k not in drop] + kept_extra
    merged.sort(key=_START)
    return merged


_START = operator.itemgetter(0)


class _ByLength:
    """Strings, and those of them whose length is within a budget of a length.

    No string further in length than the budget is within that many edits, so
    a fuzzy search need not score them: the best match, and which of equals
    comes first, are the same over the few that remain.
    """

    def __init__(self, strings: list[str]) -> None:
        self.strings = strings
        self._longest = max(map(len, strings), default=0)
        self._near: dict[tuple[int, int], tuple[list[str], list[int]]] = {}

    def near(self, length: int, budget: int) -> tuple[list[str], list[int]]:
        """The strings within ``budget`` of ``length``, in order, and where
        each stands in :attr:`strings`."""
        length = min(length, self._longest + budget + 1)  # all longer: none near
        found = self._near.get((length, budget))
        if found is None:
            index = [
                i for i, s in enumerate(self.strings) if abs(len(s) - length) <= budget
            ]
            found = ([self.strings[i] for i in index], index)
            self._near[length, budget] = found
        return found


class _Sure:
    """Where the kept mentions start, and their terms, in order; the terms
    around a place, kept for the next word that asks."""

    __slots__ = ("_sets", "starts", "terms")

    def __init__(self, found: list[_Candidate], keep: list[bool]) -> None:
        self.starts = [c[0] for c, k in zip(found, keep, strict=True) if k]
        self.terms = [c[2].term for c, k in zip(found, keep, strict=True) if k]
        self._sets: dict[
            tuple[tuple[int, int], tuple[int, int]],
            tuple[frozenset[str], frozenset[str]],
        ] = {}

    def around(
        self, paragraph: tuple[int, int], sentence: tuple[int, int]
    ) -> tuple[frozenset[str], frozenset[str]]:
        """The terms kept in ``paragraph``, and those in ``sentence`` (spans of
        the text, the second inside the first)."""
        key = (paragraph, sentence)
        found = self._sets.get(key)
        if found is None:
            starts, terms = self.starts, self.terms
            lo = bisect.bisect_left(starts, paragraph[0])
            hi = bisect.bisect_left(starts, paragraph[1], lo)
            s_lo = bisect.bisect_left(starts, sentence[0], lo, hi)
            s_hi = bisect.bisect_left(starts, sentence[1], s_lo, hi)
            found = (frozenset(terms[lo:hi]), frozenset(terms[s_lo:s_hi]))
            self._sets[key] = found
        return found


class _Layout:
    """Sentence and paragraph bounds of one text, found once, looked up by bisect.

    A paragraph is cut to 1,500 characters either side, so that a text without
    blank lines costs no more than one with them.
    """

    def __init__(self, text: str) -> None:
        self.size = len(text)
        self.sentences = [m.end() for m in _SENT_END.finditer(text)]
        self.paragraphs = [m.end() for m in _PARA_END.finditer(text)]

    def _bounds(self, cuts: list[int], start: int, end: int) -> tuple[int, int]:
        i = bisect.bisect_right(cuts, start)
        a = cuts[i - 1] if i > 0 else 0
        j = bisect.bisect_left(cuts, end)
        b = cuts[j] if j < len(cuts) else self.size
        return a, b

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        a, b = self._bounds(self.sentences, start, end)
        return max(a, start - 300), min(b, end + 300)

    def paragraph(self, pos: int) -> tuple[int, int]:
        a, b = self._bounds(self.paragraphs, pos, pos + 1)
        return max(a, pos - 1500), min(b, pos + 1500)


_LETTER = re.compile(r"[^\W\d_]")


def _starts_lower(text: str, start: int, end: int) -> bool:
    """Is the first letter of ``text[start:end]`` in lower case?"""
    m = _LETTER.search(text, start, end)
    return m is not None and m.group().islower()


def _initial(text: str, start: int) -> bool:
    """True when ``start`` begins a sentence, heading, list item or cell (after
    a bullet or a middle dot that parts items: "6 min read \u00b7 Watch the demo")."""
    j = start - 1
    while j >= 0 and text[j] in " \t\"'([*_":
        j -= 1
    if j < 0:
        return True
    ch = text[j]
    if ch in ".!?:|>#-+\u00b7\u2022" or (
        ch.isdigit() and j > 0 and text[j - 1] == "\n"
    ):
        return ch != "-" or j == 0 or text[j - 1] in "\n \t"
    if ch == "\n":
        k = j - 1
        while k >= 0 and text[k] in " \t\r":
            k -= 1
        return k < 0 or text[k] in "\n.!?:"
    return False


def _in_markdown_link(text: str, start: int, end: int) -> bool:
    """True inside ``[label](url)`` or a bare ``[label]``."""
    open_ = text.rfind("[", max(0, start - 200), start)
    if open_ < 0 or "]" in text[open_:start]:
        return False
    close = text.find("]", end, end + 200)
    return close >= 0 and "[" not in text[end:close]
