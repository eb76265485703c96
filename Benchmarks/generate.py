#!/usr/bin/env python3
"""Writes a synthetic docloc content tree of N en-US/nl-NL article pairs in the DocFX style of the
Microsoft 365 admin corpus (../shared/corpus/m365), with controlled drift and defects.

    python3 Benchmarks/generate.py --pairs 1000 --out Benchmarks/out/corpora/gen-1000 [--seed 6]

Layout written:
    OUT/docloc.yml, OUT/model/consent.yml (the navigation the UI paths use),
    OUT/en-US/admin/<area>/<group>/<slug>.md, OUT/nl-NL/admin/<area>/<group>/<slug>.md,
    OUT/en-US/includes/*.md, OUT/nl-NL/includes/*.md, OUT/en-US/media/<area>/*.png,
    OUT/generator.json (parameters and the expected counts: outdated pairs by kind, defects with their files).

Deterministic: the same arguments give byte-identical trees. Stdlib only. The text is made from a small built-in
parallel vocabulary (no text is taken from the real corpus; only its size distribution and structure are imitated:
Dutch files have a median of ~1.2 KB and a long tail to ~45 KB, front matter ~0.9 KB).
"""

import argparse
import hashlib
import json
import os
import random
import shutil
import struct
import sys
import zlib

# --------------------------------------------------------------------------------------------------------------
# Vocabulary: (English, Dutch) pairs. Slots in templates: {n} noun, {ns} noun plural, {v} verb (imperative /
# infinitive), {p} product (a glossary term, never translated), {num} number, {ui} a UI path, {b} a bold label.
# --------------------------------------------------------------------------------------------------------------

NOUNS = [  # (en singular, en plural, nl singular, nl plural)
    ("user", "users", "gebruiker", "gebruikers"),
    ("group", "groups", "groep", "groepen"),
    ("mailbox", "mailboxes", "postvak", "postvakken"),
    ("domain", "domains", "domein", "domeinen"),
    ("license", "licenses", "licentie", "licenties"),
    ("subscription", "subscriptions", "abonnement", "abonnementen"),
    ("policy", "policies", "beleid", "beleidsregels"),
    ("device", "devices", "apparaat", "apparaten"),
    ("report", "reports", "rapport", "rapporten"),
    ("setting", "settings", "instelling", "instellingen"),
    ("password", "passwords", "wachtwoord", "wachtwoorden"),
    ("role", "roles", "rol", "rollen"),
    ("app", "apps", "app", "apps"),
    ("organization", "organizations", "organisatie", "organisaties"),
    ("service", "services", "service", "services"),
    ("account", "accounts", "account", "accounts"),
    ("alert", "alerts", "waarschuwing", "waarschuwingen"),
    ("message", "messages", "bericht", "berichten"),
    ("calendar", "calendars", "agenda", "agenda's"),
    ("team", "teams", "team", "teams"),
    ("site", "sites", "site", "sites"),
    ("file", "files", "bestand", "bestanden"),
    ("DNS record", "DNS records", "DNS-record", "DNS-records"),
    ("permission", "permissions", "machtiging", "machtigingen"),
    ("invoice", "invoices", "factuur", "facturen"),
    ("payment method", "payment methods", "betalingsmethode", "betalingsmethoden"),
    ("partner", "partners", "partner", "partners"),
    ("guest", "guests", "gast", "gasten"),
    ("security group", "security groups", "beveiligingsgroep", "beveiligingsgroepen"),
    ("shared mailbox", "shared mailboxes", "gedeeld postvak", "gedeelde postvakken"),
    ("contact", "contacts", "contactpersoon", "contactpersonen"),
    ("retention label", "retention labels", "bewaarlabel", "bewaarlabels"),
]

VERBS = [  # (en imperative, en gerund, nl infinitive)
    ("Add", "adding", "toevoegen"),
    ("Remove", "removing", "verwijderen"),
    ("Manage", "managing", "beheren"),
    ("Assign", "assigning", "toewijzen"),
    ("Configure", "configuring", "configureren"),
    ("Create", "creating", "maken"),
    ("Reset", "resetting", "opnieuw instellen"),
    ("Restore", "restoring", "herstellen"),
    ("Review", "reviewing", "controleren"),
    ("Export", "exporting", "exporteren"),
    ("Block", "blocking", "blokkeren"),
    ("Change", "changing", "wijzigen"),
    ("Set up", "setting up", "instellen"),
    ("Verify", "verifying", "verifiëren"),
    ("Share", "sharing", "delen"),
]

PRODUCTS = ["Microsoft 365", "Office 365", "Azure", "Exchange Online", "SharePoint", "OneDrive", "Microsoft Teams",
            "PowerShell", "Outlook", "Microsoft Intune"]

ADJ = [("new", "nieuwe"), ("existing", "bestaande"), ("external", "externe"), ("inactive", "inactieve"),
       ("custom", "aangepaste"), ("default", "standaard"), ("blocked", "geblokkeerde"), ("licensed", "gelicentieerde")]

# Sentence templates. Slots: {n}/{n2} noun, {ns}/{ns2} plural, {a} adjective, {p}/{p2} product, {num} number,
# {vg} gerund (en) / infinitive (nl).
SENTENCES = [
    ("You can {vl} {ns} in the admin center at any time.",
     "U kunt {ns} op elk gewenst moment in het beheercentrum {vl}."),
    ("If your organization uses {p}, {ns} are synchronized within {num} hours.",
     "Als uw organisatie {p} gebruikt, worden {ns} binnen {num} uur gesynchroniseerd."),
    ("Only global admins can change the {n} for {a} {ns2}.",
     "Alleen globale beheerders kunnen de {n} voor {a} {ns2} wijzigen."),
    ("Each {n} can have up to {num} {ns2}, depending on your {p} subscription.",
     "Elk {n} kan maximaal {num} {ns2} hebben, afhankelijk van uw {p}-abonnement."),
    ("After {vg} the {n}, it can take up to {num} minutes before the change appears in {p}.",
     "Na het {vg} van de {n} kan het tot {num} minuten duren voordat de wijziging in {p} zichtbaar is."),
    ("We recommend that you review {a} {ns} every {num} days.",
     "We raden u aan {a} {ns} elke {num} dagen te controleren."),
    ("This article explains how to {vl} {ns} for people in your organization.",
     "In dit artikel wordt uitgelegd hoe u {ns} voor personen in uw organisatie kunt {vl}."),
    ("When a {n} is removed, the related {ns2} are kept for {num} days and then permanently deleted.",
     "Wanneer een {n} wordt verwijderd, worden de bijbehorende {ns2} {num} dagen bewaard en daarna definitief verwijderd."),
    ("{p} sends an alert to every admin when a {n} reaches {num} percent of its quota.",
     "{p} stuurt een waarschuwing naar elke beheerder wanneer een {n} {num} procent van het quotum bereikt."),
    ("Users who don't have a {n} can't sign in to {p} or use {p2}.",
     "Gebruikers die geen {n} hebben, kunnen zich niet aanmelden bij {p} of {p2} gebruiken."),
    ("To {vl} more than {num} {ns} at once, use {p} instead of the admin center.",
     "Als u meer dan {num} {ns} tegelijk wilt {vl}, gebruikt u {p} in plaats van het beheercentrum."),
    ("The {n} list shows the {num} most recent {ns2} by default.",
     "De lijst met {ns} toont standaard de {num} meest recente {ns2}."),
    ("It's a good idea to tell your users before you {vl} their {ns}.",
     "Het is een goed idee om uw gebruikers in te lichten voordat u hun {ns} gaat {vl}."),
    ("For more information about {ns} in {p}, contact your partner or read the service description.",
     "Neem voor meer informatie over {ns} in {p} contact op met uw partner of lees de servicebeschrijving."),
    ("Changes to {a} {ns} are recorded in the audit log for {num} days.",
     "Wijzigingen in {a} {ns} worden {num} dagen in het auditlogboek vastgelegd."),
    ("If you don't see the {n} option, you might not have the right permissions.",
     "Als u de optie {n} niet ziet, hebt u mogelijk niet de juiste machtigingen."),
]

STEP_UI = [  # steps that carry a UI path: {ui} is replaced with the bold labels joined by ' > '
    ("In the admin center, go to the {ui} page.", "Ga in het beheercentrum naar de pagina {ui}."),
    ("Go to {ui}, and then select {b}.", "Ga naar {ui} en selecteer vervolgens {b}."),
    ("In the admin center, select {ui}.", "Selecteer {ui} in het beheercentrum."),
]
STEP_PLAIN = [
    ("Select {b}.", "Selecteer {b}."),
    ("On the {b} page, select the {n} that you want to {vl}.",
     "Selecteer op de pagina {b} de {n} die u wilt {vl}."),
    ("Enter the name of the {n}, and then select {b}.", "Voer de naam van de {n} in en selecteer vervolgens {b}."),
    ("Review the {ns}, and then select {b}.", "Controleer de {ns} en selecteer vervolgens {b}."),
    ("Wait up to {num} minutes, and then refresh the page.", "Wacht maximaal {num} minuten en vernieuw de pagina."),
    ("Turn the {b} setting on or off.", "Schakel de instelling {b} in of uit."),
]
BUTTONS = [("Save", "Opslaan"), ("Next", "Volgende"), ("Add", "Toevoegen"), ("Close", "Sluiten"),
           ("Confirm", "Bevestigen"), ("Edit", "Bewerken"), ("Delete", "Verwijderen"), ("Finish", "Voltooien")]

ALERTS = ["NOTE", "TIP", "IMPORTANT", "CAUTION", "WARNING", "NOTE", "NOTE", "TIP"]

H2 = [  # section heading templates
    ("Before you begin", "Voordat u begint"),
    ("{V} {a} {ns}", "{a} {ns} {vl}"),
    ("{V} a {n} in the admin center", "Een {n} {vl} in het beheercentrum"),
    ("{V} {ns} by using {p}", "{ns} {vl} met {p}"),
    ("What happens to {ns} after you {vl} them", "Wat gebeurt er met {ns} nadat u ze hebt {vl}"),
    ("Limits for {ns}", "Limieten voor {ns}"),
    ("Troubleshoot {ns}", "Problemen met {ns} oplossen"),
    ("Frequently asked questions", "Veelgestelde vragen"),
    ("Step {step}: {V} the {n}", "Stap {step}: de {n} {vl}"),
]
CODE = [
    "Connect-MsolService -Credential $UserCredential",
    "Get-Mailbox -ResultSize {num} | Select-Object DisplayName, PrimarySmtpAddress",
    "Set-User -Identity user{num}@contoso.com -Department \"Sales\"",
    "Get-MsolUser -All | Where-Object {{ $_.IsLicensed -eq $true }} | Measure-Object",
    "New-DistributionGroup -Name \"Team {num}\" -Members alex@contoso.com, sam@contoso.com",
    "Set-MailboxRegionalConfiguration -Identity sam@contoso.com -Language nl-NL",
]
EXTERNAL = [
    "/azure/active-directory/manage-apps/configure-admin-consent-workflow",
    "/exchange/recipients-in-exchange-online/manage-user-mailboxes/manage-user-mailboxes",
    "/sharepoint/turn-external-sharing-on-or-off",
    "/microsoftteams/manage-teams-in-modern-portal",
    "https://admin.microsoft.com",
    "https://www.microsoft.com/microsoft-365/business",
]
AUTHORS = [("kwekua", "scotv"), ("sirkkuw", "scotv"), ("efrene", "scotv"), ("cmcatee", "scotv"), ("pebaum", "mnirkhe")]
AREAS = ["setup", "manage", "add-users", "misc", "email", "billing", "security-and-compliance", "activity-reports",
         "basic-mobility-security", "create-groups", "dns", "get-help-with-domains", "devices", "support"]
INCLUDES = [("office-365-operated-by-21vianet-admin-center-link", "Admin center for 21Vianet", "Beheercentrum voor 21Vianet"),
            ("admin-roles-note", "Admin roles", "Beheerdersrollen"),
            ("microsoft-365-business-premium-note", "Business Premium", "Business Premium")]

# The modelled admin-center navigation: (id, en label, nl label, children, fwlink, formerly en, formerly nl).
NAV = [
    ("settings", "Settings", "Instellingen", [
        ("org-settings", "Org settings", "Organisatie-instellingen", [
            ("services", "Services", "Services", [
                ("user-consent-to-apps", "User consent to apps", "Toestemming van gebruikers voor apps", [], None,
                 ["Integrated apps"], ["Geïntegreerde apps"]),
                ("calendar", "Calendar", "Agenda", [], None, [], []),
                ("microsoft-teams", "Microsoft Teams", "Microsoft Teams", [], None, [], []),
            ], 2053743, [], []),
            ("security-privacy", "Security & privacy", "Beveiliging en privacy", [
                ("password-expiration-policy", "Password expiration policy", "Beleid voor verlopen van wachtwoorden",
                 [], None, [], []),
            ], 2072756, [], []),
            ("org-profile", "Organization profile", "Organisatieprofiel", [], None, [], []),
        ], None, ["Settings"], ["Instellingen"]),
        ("domains", "Domains", "Domeinen", [], 834818, [], []),
        ("integrated-apps", "Integrated apps", "Geïntegreerde apps", [], None, [], []),
    ], None, [], []),
    ("users", "Users", "Gebruikers", [
        ("active-users", "Active users", "Actieve gebruikers", [], 834822, [], []),
        ("deleted-users", "Deleted users", "Verwijderde gebruikers", [], None, [], []),
        ("guest-users", "Guest users", "Gastgebruikers", [], None, [], []),
    ], None, [], []),
    ("teams-groups", "Teams & groups", "Teams en groepen", [
        ("active-teams-groups", "Active teams & groups", "Actieve teams en groepen", [], 2052855,
         ["Groups"], ["Groepen"]),
        ("shared-mailboxes", "Shared mailboxes", "Gedeelde postvakken", [], None, [], []),
    ], None, ["Groups"], ["Groepen"]),
    ("billing", "Billing", "Facturering", [
        ("your-products", "Your products", "Uw producten", [], 842054, [], []),
        ("bills-payments", "Bills & payments", "Facturen en betalingen", [], 2102895, [], []),
        ("licenses", "Licenses", "Licenties", [], None, [], []),
    ], None, [], []),
    ("health", "Health", "Status", [
        ("service-health", "Service health", "Servicestatus", [], 842900, [], []),
        ("message-center", "Message center", "Berichtencentrum", [], None, [], []),
    ], None, [], []),
    ("reports", "Reports", "Rapporten", [("usage", "Usage", "Gebruik", [], 2074756, [], [])], None, [], []),
]


def nav_paths():
    """Every path of two or more labels in the model, as (en labels, nl labels, node id of the last label)."""
    out = []

    def walk(nodes, en, nl):
        for (nid, le, ln, children, _fw, _fe, _fn) in nodes:
            e2, n2 = en + [le], nl + [ln]
            if len(e2) >= 2:
                out.append((e2, n2, nid))
            walk(children, e2, n2)

    walk(NAV, [], [])
    return out


def fwlinks():
    out = []

    def walk(nodes, label_en, label_nl):
        for (nid, le, ln, children, fw, _fe, _fn) in nodes:
            if fw:
                out.append((fw, nid, le, ln))
            walk(children, le, ln)

    walk(NAV, None, None)
    return out


PATHS = nav_paths()
FWLINKS = fwlinks()


def model_yaml():
    lines = ["# Generated by Benchmarks/generate.py: the admin-center navigation the generated UI paths use.",
             "feature: admin-center", "title: { en-US: Microsoft 365 admin center, nl-NL: Microsoft 365-beheercentrum }",
             "navigation:"]

    def q(s):
        return '"' + s.replace('"', '\\"') + '"'

    def walk(nodes, indent):
        pad = " " * indent
        for (nid, le, ln, children, fw, fe, fn) in nodes:
            lines.append(f"{pad}- id: {nid}")
            lines.append(f"{pad}  label: {{ en-US: {q(le)}, nl-NL: {q(ln)} }}")
            if fe or fn:
                lines.append(f"{pad}  formerly: {{ en-US: [{', '.join(q(x) for x in fe)}], nl-NL: [{', '.join(q(x) for x in fn)}] }}")
            if fw:
                lines.append(f"{pad}  fwlink: {fw}")
            if children:
                lines.append(f"{pad}  children:")
                walk(children, indent + 4)

    walk(NAV, 2)
    lines.append("links:")
    lines.append("  fwlinks: { " + ", ".join(f"{fw}: {nid}" for fw, nid, _, _ in FWLINKS) + " }")
    lines.append("  external: [" + ", ".join(e for e in EXTERNAL if e.startswith("/")) + "]")
    lines.append("glossary: [" + ", ".join(PRODUCTS) + "]")
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------------------------------------------
# Slugs (GitHub/DocFX style): lowercase, markup and punctuation dropped, spaces to '-'.
# --------------------------------------------------------------------------------------------------------------

def slug(text):
    out = []
    for ch in text.lower():
        if ch.isalnum() or ch in "-_":
            out.append(ch)
        elif ch == " ":
            out.append("-")
    return "".join(out)


# --------------------------------------------------------------------------------------------------------------
# Plans: an article is a language-neutral list of blocks; render() writes it in either language.
# --------------------------------------------------------------------------------------------------------------

class Slots:
    """Random slot values for one sentence, the same in both languages."""
    __slots__ = ("n", "n2", "a", "v", "p", "p2", "num", "b", "step")

    def __init__(self, rng, step=0):
        self.n = rng.randrange(len(NOUNS))
        self.n2 = rng.randrange(len(NOUNS))
        self.a = rng.randrange(len(ADJ))
        self.v = rng.randrange(len(VERBS))
        self.p = rng.randrange(len(PRODUCTS))
        self.p2 = rng.randrange(len(PRODUCTS))
        self.num = rng.choice([2, 5, 7, 10, 14, 24, 30, 48, 50, 72, 90, 100, 250, 500, 1000, 2500])
        self.b = rng.randrange(len(BUTTONS))
        self.step = step


def fill(template, s, lang, ui=""):
    en = lang == "en"
    noun = NOUNS[s.n]
    noun2 = NOUNS[s.n2]
    verb = VERBS[s.v]
    vl = verb[0].lower() if en else verb[2]
    return template.format(
        n=noun[0] if en else noun[2], ns=noun[1] if en else noun[3],
        n2=noun2[0] if en else noun2[2], ns2=noun2[1] if en else noun2[3],
        a=ADJ[s.a][0] if en else ADJ[s.a][1], V=verb[0], vl=vl, vg=verb[1] if en else verb[2],
        p=PRODUCTS[s.p], p2=PRODUCTS[s.p2], num=s.num, b="**" + BUTTONS[s.b][0 if en else 1] + "**",
        ui=ui, step=s.step)


def cap(text):
    return text[:1].upper() + text[1:]


class Article:
    __slots__ = ("index", "area", "group", "name", "title", "blocks", "headings", "assetid", "author", "date",
                 "drift", "defect", "missing", "mt", "links", "images", "include")

    @property
    def rel(self):
        return f"admin/{self.area}/{self.group}/{self.name}.md"


def heading_text(s, tmpl, lang):
    return cap(fill(tmpl[0] if lang == "en" else tmpl[1], s, lang))


def paragraph_len(rng):
    return rng.choice([1, 2, 2, 3, 3, 4, 5, 6])


def make_paragraph(rng):
    return ("p", [(rng.randrange(len(SENTENCES)), Slots(rng)) for _ in range(paragraph_len(rng))])


def has_number(paragraph):
    return any("{num}" in SENTENCES[t][0] for t, _ in paragraph[1])


def size_target(rng):
    """Body size in bytes (English), following the real Dutch corpus's distribution (front matter excluded)."""
    r = rng.random()
    if r < 0.38:
        return rng.randint(150, 500)          # short stubs (redirect-like, lists of partners)
    if r < 0.62:
        return rng.randint(800, 3500)
    if r < 0.88:
        return rng.randint(3500, 9000)
    if r < 0.97:
        return rng.randint(9000, 18000)
    return rng.randint(18000, 40000)


def plan_article(rng, index, area, group):
    a = Article()
    a.index, a.area, a.group = index, area, group
    ts = Slots(rng)
    a.title = ts
    a.name = f"{slug(fill('{vl}-{ns}', ts, 'en')).replace('--', '-')}-{index}"
    a.assetid = "%08x-%04x-%04x-%04x-%012x" % (rng.getrandbits(32), rng.getrandbits(16), rng.getrandbits(16),
                                              rng.getrandbits(16), rng.getrandbits(48))
    a.author = rng.choice(AUTHORS)
    a.date = "%02d/%02d/%d" % (rng.randint(1, 12), rng.randint(1, 28), rng.choice([2019, 2020, 2021]))
    a.mt = rng.random() < 0.85
    a.drift = None
    a.defect = None
    a.missing = False
    a.include = None
    target = int(size_target(rng) * 0.62)
    first = make_paragraph(rng)
    if target < 400:
        first = ("p", first[1][:2])
    blocks = [first]
    headings = []  # (level, Slots, template index)
    size = 200
    step = 1
    while size < target:
        kind = rng.random()
        if size > 400 and (not headings or kind < 0.28) and blocks[-1][0] != "h":
            h = rng.randrange(len(H2))
            if h in (0, 7) and any(x[2] == h for x in headings):
                h = rng.choice([1, 2, 3, 4, 5, 6, 8])
            hs = Slots(rng, step=step)
            if H2[h][0].startswith("Step"):
                step += 1
            level = 2 if not headings or rng.random() < 0.75 else 3
            blocks.append(("h", level, hs, h, len(headings)))
            headings.append((level, hs, h))
            size += 50
        elif kind < 0.50:
            blocks.append(make_paragraph(rng))
            size += 220
        elif kind < 0.70:
            n = rng.randint(2, 8)
            items = []
            for i in range(n):
                if i == 0 or rng.random() < 0.25:
                    items.append(("ui", rng.randrange(len(STEP_UI)), Slots(rng), rng.randrange(len(PATHS)),
                                  rng.random() < 0.2))
                else:
                    items.append(("plain", rng.randrange(len(STEP_PLAIN)), Slots(rng)))
            blocks.append(("steps", items))
            size += 90 * n
        elif kind < 0.78:
            blocks.append(("bullets", [(rng.randrange(len(SENTENCES)), Slots(rng)) for _ in range(rng.randint(2, 6))]))
            size += 350
        elif kind < 0.85:
            blocks.append(("alert", rng.choice(ALERTS), make_paragraph(rng)))
            size += 200
        elif kind < 0.90:
            rows = [(Slots(rng), rng.randrange(len(SENTENCES))) for _ in range(rng.randint(2, 7))]
            blocks.append(("table", rows))
            size += 150 * len(rows)
        elif kind < 0.94:
            blocks.append(("code", [CODE[rng.randrange(len(CODE))].format(num=Slots(rng).num)
                                    for _ in range(rng.randint(1, 4))]))
            size += 120
        else:
            blocks.append(("image", None))   # filled in later with an image path
            size += 120
    a.blocks = blocks
    a.headings = headings
    a.links = []
    a.images = []
    return a


# --------------------------------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------------------------------

def ui_path(labels, backslash):
    sep = " \\> " if backslash else " > "
    return sep.join(f"**{label}**" for label in labels)


def rel_link(src, dst):
    return os.path.relpath(dst, os.path.dirname(src)).replace(os.sep, "/")


def render_sentence(t, s, lang):
    return fill(SENTENCES[t][0] if lang == "en" else SENTENCES[t][1], s, lang)


def render(a, lang, articles, extra):
    """Renders article a in 'en' or 'nl'. extra: per-language overrides for defects (dicts)."""
    en = lang == "en"
    out = []
    title = heading_text(a.title, ("{V} {ns} in {p}", "{ns} {vl} in {p}"), lang)
    out.append("# " + (title if en else f'<a name="{slug(heading_text(a.title, ("{V} {ns} in {p}", ""), "en"))}"></a>{title}'))
    out.append("")
    seen = {}
    link_i = 0
    img_i = 0
    depth_to_root = "../../../"
    for block in a.blocks:
        kind = block[0]
        if kind == "p":
            out.append(" ".join(render_sentence(t, s, lang) for t, s in block[1]))
            # attach links round-robin to paragraphs
            if link_i < len(a.links):
                out[-1] += " " + render_link(a, a.links[link_i], lang, articles)
                link_i += 1
        elif kind == "h":
            _, level, hs, h, hi = block
            text_en = heading_text(hs, H2[h], "en")
            if hi in extra.get("renamed", ()):
                text_en = "About " + text_en[:1].lower() + text_en[1:]
            sl = slug(text_en)
            if sl in seen:
                seen[sl] += 1
                sl = f"{sl}-{seen[sl]}"
            else:
                seen[sl] = 0
            if en:
                out.append("#" * level + " " + text_en)
            else:
                anchor = extra.get("anchor_for", {}).get(hi, sl)
                out.append("#" * level + f' <a name="{anchor}"></a>' + heading_text(hs, H2[h], "nl"))
        elif kind == "steps":
            for i, item in enumerate(block[1], 1):
                if item[0] == "ui":
                    _, t, s, pi, bs = item
                    labels = PATHS[pi][0] if en else PATHS[pi][1]
                    if not en and ("wrong_locale_ui" in extra) and i == 1:
                        labels = PATHS[pi][0]
                    text = fill(STEP_UI[t][0 if en else 1], s, lang, ui=ui_path(labels, bs))
                else:
                    _, t, s = item
                    text = fill(STEP_PLAIN[t][0 if en else 1], s, lang)
                out.append(f"{i}. {text}")
                out.append("")
            out.pop()
        elif kind == "bullets":
            for t, s in block[1]:
                out.append("- " + render_sentence(t, s, lang))
        elif kind == "alert":
            out.append(f"> [!{block[1]}]")
            out.append("> " + " ".join(render_sentence(t, s, lang) for t, s in block[2][1]))
        elif kind == "table":
            h1, h2 = ("Setting", "Description") if en else ("Instelling", "Beschrijving")
            out.append(f"|**{h1}**|**{h2}**|")
            out.append("|:---|:---|")
            for s, t in block[1]:
                cell = cap(NOUNS[s.n][0] if en else NOUNS[s.n][2])
                out.append(f"|**{cell}**|{render_sentence(t, s, lang)}|")
        elif kind == "code":
            out.append("```powershell")
            out.extend(block[1])
            out.append("```")
        elif kind == "image":
            if img_i < len(a.images):
                path, style = a.images[img_i]
                img_i += 1
                if path == "MISSING":
                    path = f"media/{a.area}/missing-screenshot-{a.index}.png"
                alt = (f"Screenshot of the {NOUNS[a.title.n][0]} page" if en
                       else f"Schermafbeelding van de pagina {NOUNS[a.title.n][2]}")
                src = depth_to_root + path
                if style:
                    out.append(f':::image type="content" source="{src}" alt-text="{alt}":::')
                else:
                    out.append(f"![{alt}]({src})")
            else:
                continue
        out.append("")
    if "extra_paragraph" in extra:
        out.append(" ".join(render_sentence(t, s, lang) for t, s in extra["extra_paragraph"][1]))
        out.append("")
    if "added_section" in extra:
        hs, h, para = extra["added_section"]
        out.append("## " + ("New: " + heading_text(hs, H2[h], "en")))
        out.append("")
        out.append(" ".join(render_sentence(t, s, lang) for t, s in para[1]))
        out.append("")
    if a.include:
        name, te, tn = a.include
        out.append(f"[!INCLUDE [{te if en else tn}]({depth_to_root}includes/{name}.md)]")
        out.append("")
    # Related content: the rest of the links.
    rest = a.links[link_i:]
    if rest:
        out.append("## Related content" if en else '## <a name="related-content"></a>Verwante inhoud')
        out.append("")
        for link in rest:
            out.append(render_link(a, link, lang, articles) + ("\\" if link is not rest[-1] else ""))
        out.append("")
    return "\n".join(out)


def render_link(a, link, lang, articles):
    en = lang == "en"
    kind = link[0]
    if kind == "article":
        _, ti, frag = link
        t = articles[ti]
        title = heading_text(t.title, ("{V} {ns} in {p}", "{ns} {vl} in {p}"), lang)
        href = rel_link(a.rel, t.rel) + (f"#{frag}" if frag else "")
        return f"[{title}]({href})" + (" (article)" if en else " (artikel)")
    if kind == "broken":
        return f"[{'Related article' if en else 'Verwant artikel'}]({rel_link(a.rel, link[1])})"
    if kind == "fwlink":
        _, fw, le, ln = link
        return f"[{le if en else ln}](https://go.microsoft.com/fwlink/p/?linkid={fw})"
    href = link[1]
    label = "Learn more" if en else "Meer informatie"
    return f"[{label}]({href})"


def front_matter(a, lang, desc, fingerprint=None):
    en = lang == "en"
    title = heading_text(a.title, ("{V} {ns} in {p}", "{ns} {vl} in {p}"), lang)
    lines = ["---", f'title: "{title}"', "f1.keywords:", "- CSH", f"ms.author: {a.author[0]}",
             f"author: {a.author[0]}", f"manager: {a.author[1]}"]
    if en:
        lines.append(f"ms.date: {a.date}")
    lines += ["audience: Admin", "ms.topic: article", "ms.service: o365-administration",
              "ms.localizationpriority: medium" if en else "localization_priority: Normal",
              "ms.collection:", "- M365-subscription-management", "- Adm_O365", "ms.custom:", "- AdminSurgePortfolio",
              "search.appverid:", "- BCS160", "- MET150", "- MOE150", f"ms.assetid: {a.assetid}",
              f'description: "{desc}"']
    if not en:
        h = hashlib.sha1(f"commit-{a.index}".encode()).hexdigest()
        lines += [f"ms.openlocfilehash: {fingerprint}", f"ms.sourcegitcommit: {h}",
                  f"ms.translationtype: {'MT' if a.mt else 'HT'}", "ms.contentlocale: nl-NL",
                  "ms.lasthandoff: 07/12/2021", f'ms.locfileid: "{53000000 + a.index}"']
    lines.append("---")
    return "\n".join(lines) + "\n"


def description(a, lang):
    s = a.title
    return render_sentence(6, s, lang)


def crlf_sha1(text):
    return hashlib.sha1(text.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")).hexdigest()


# --------------------------------------------------------------------------------------------------------------
# Images: a small pool of valid PNGs (a few KB each, like compressed UI screenshots scaled down).
# --------------------------------------------------------------------------------------------------------------

def png(width, height, seed):
    rng = random.Random(seed)
    rows = bytearray()
    base = [rng.randrange(256) for _ in range(3)]
    for y in range(height):
        rows.append(0)
        for x in range(width):
            v = (x * 3 + y * 5 + rng.randrange(24)) & 0xFF
            rows += bytes(((base[0] + v) & 0xFF, (base[1] + v // 2) & 0xFF, (base[2] + y) & 0xFF))

    def chunk(tag, data):
        c = struct.pack(">I", len(data)) + tag + data
        return c + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(bytes(rows), 6)) + chunk(b"IEND", b""))


# --------------------------------------------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------------------------------------------

def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pairs", "-n", type=int, required=True, help="number of en-US/nl-NL article pairs")
    ap.add_argument("--out", "-o", required=True, help="content directory to write (replaced if it exists)")
    ap.add_argument("--seed", type=int, default=6)
    ap.add_argument("--outdated", type=float, default=20.0, help="percent of pairs whose source changed (default 20)")
    ap.add_argument("--missing", type=float, default=1.0, help="percent of sources without a translation (default 1)")
    ap.add_argument("--defects", type=float, default=2.0, help="percent of pairs with a defect (default 2)")
    ap.add_argument("--group-size", type=int, default=150, help="articles per folder (default 150)")
    ap.add_argument("--quiet", "-q", action="store_true")
    args = ap.parse_args(argv)

    rng = random.Random(args.seed)
    n = args.pairs
    out = args.out
    if os.path.exists(out):
        shutil.rmtree(out)

    # Pass 1: plan every article (structure only), decide drift, defects and links.
    articles = []
    per_area = {}
    for i in range(n):
        area = AREAS[rng.randrange(len(AREAS))] if i >= len(AREAS) else AREAS[i]
        k = per_area.get(area, 0)
        per_area[area] = k + 1
        group = f"set-{k // args.group_size + 1:03d}"
        articles.append(plan_article(random.Random(f"{args.seed}:{i}"), i, area, group))

    kinds = ["numbers", "added-section", "renamed-heading", "extra-paragraph", "stale-fingerprint"]
    counts = {"pairs": n, "outdated": {k: 0 for k in kinds}, "missing": 0, "defects": []}
    for a in articles:
        r = rng.random() * 100
        if r < args.missing:
            a.missing = True
            counts["missing"] += 1
        elif r < args.missing + args.outdated:
            kind = kinds[rng.randrange(len(kinds))]
            h2 = [i for i, (lvl, _, _) in enumerate(a.headings) if lvl == 2]
            if kind == "renamed-heading" and len(h2) < 2:
                kind = "extra-paragraph"
            if kind == "numbers" and not any(b[0] == "p" and has_number(b) for b in a.blocks):
                kind = "extra-paragraph"
            a.drift = kind
            counts["outdated"][kind] += 1
    renamable = {}  # article index -> heading index renamed (never a link target)
    for a in articles:
        if a.drift == "renamed-heading":
            renamable[a.index] = [i for i, (lvl, _, _) in enumerate(a.headings) if lvl == 2][-1]

    n_images = max(4, n // 4)
    image_paths = []
    for j in range(n_images):
        area = AREAS[j % len(AREAS)]
        image_paths.append(f"media/{area}/screenshot-{j:05d}.png")

    def heading_slugs(t):
        seen = {}
        result = []
        for hi, (lvl, hs, h) in enumerate(t.headings):
            sl = slug(heading_text(hs, H2[h], "en"))
            if sl in seen:
                seen[sl] += 1
                sl = f"{sl}-{seen[sl]}"
            else:
                seen[sl] = 0
            if renamable.get(t.index) != hi:
                result.append(sl)
        return result

    for a in articles:
        lr = random.Random(f"{args.seed}:links:{a.index}")
        nlinks = lr.choice([0, 1, 1, 2, 2, 3, 4, 5]) + len(a.blocks) // 12
        for _ in range(nlinks):
            r = lr.random()
            if r < 0.55 and n > 1:
                # prefer neighbours (same folder), sometimes anywhere
                ti = a.index + lr.randint(-20, 20) if lr.random() < 0.7 else lr.randrange(n)
                ti = min(max(ti, 0), n - 1)
                t = articles[ti]
                if ti == a.index or t.missing:
                    continue
                frag = None
                if lr.random() < 0.4:
                    slugs = heading_slugs(t)
                    if slugs:
                        frag = lr.choice(slugs)
                a.links.append(("article", ti, frag))
            elif r < 0.75:
                a.links.append(("fwlink",) + FWLINKS[lr.randrange(len(FWLINKS))][0:1]
                               + FWLINKS[lr.randrange(len(FWLINKS))][2:4])
            else:
                a.links.append(("external", EXTERNAL[lr.randrange(len(EXTERNAL))]))
        # keep the fwlink text consistent with its node
        fixed = []
        for link in a.links:
            if link[0] == "fwlink":
                fw = link[1]
                node = next(x for x in FWLINKS if x[0] == fw)
                link = ("fwlink", fw, node[2], node[3])
            fixed.append(link)
        a.links = fixed
        for b in a.blocks:
            if b[0] == "image":
                a.images.append((image_paths[lr.randrange(n_images)], lr.random() < 0.6))
        if lr.random() < 0.1:
            a.include = INCLUDES[lr.randrange(len(INCLUDES))]

    # Defects: each defective pair gets one; placed in the translation, the source or both.
    defect_kinds = ["link-broken", "anchor-missing", "image-missing", "uipath-wrong-locale", "fwlink-unknown"]
    for a in articles:
        if a.missing or rng.random() * 100 >= args.defects:
            continue
        kind = defect_kinds[rng.randrange(len(defect_kinds))]
        where = rng.choice(["nl-NL", "nl-NL", "en-US", "both"])
        if kind == "link-broken":
            a.links.append(("broken", f"admin/{a.area}/{a.group}/no-such-article-{a.index}.md"))
        elif kind == "anchor-missing":
            t = articles[(a.index + 1) % n]
            if t.missing or t.index == a.index:
                continue
            a.links.append(("article", t.index, "no-such-section"))
        elif kind == "image-missing":
            a.blocks.append(("image", None))
            a.images.append(("MISSING", False))
        elif kind == "uipath-wrong-locale":
            if not any(b[0] == "steps" and any(it[0] == "ui" for it in b[1][:1]) for b in a.blocks):
                a.blocks.append(("steps", [("ui", 0, Slots(rng), rng.randrange(len(PATHS)), False)]))
            where = "nl-NL"
        elif kind == "fwlink-unknown":
            a.links.append(("fwlink", 9990000 + a.index, "Admin center", "Beheercentrum"))
        a.defect = (kind, where)
        files = []
        if where in ("en-US", "both"):
            files.append(f"en-US/{a.rel}")
        if where in ("nl-NL", "both"):
            files.append(f"nl-NL/{a.rel}")
        counts["defects"].append({"rule": kind, "files": files})

    # Pass 2: write.
    os.makedirs(os.path.join(out, "model"))
    with open(os.path.join(out, "docloc.yml"), "w") as f:
        f.write("# Generated by Benchmarks/generate.py\nsource: en-US\ntranslations: [nl-NL]\n"
                "model: model/consent.yml\nsite:\n  title: Generated help\n  baseURL: /\n")
    with open(os.path.join(out, "model", "consent.yml"), "w") as f:
        f.write(model_yaml())
    written = {"en-US": 0, "nl-NL": 0, "bytes": 0}
    made_dirs = set()

    def write(path, text):
        d = os.path.dirname(path)
        if d not in made_dirs:
            os.makedirs(d, exist_ok=True)
            made_dirs.add(d)
        data = text.encode("utf-8")
        with open(path, "wb") as f:
            f.write(data)
        written["bytes"] += len(data)

    for name, te, tn in INCLUDES:
        write(os.path.join(out, "en-US", "includes", name + ".md"),
              f"> [!NOTE]\n> {te}: see the admin center documentation for {PRODUCTS[0]}.\n")
        write(os.path.join(out, "nl-NL", "includes", name + ".md"),
              f"> [!NOTE]\n> {tn}: zie de documentatie van het beheercentrum voor {PRODUCTS[0]}.\n")

    for a in articles:
        dr = random.Random(f"{args.seed}:drift:{a.index}")
        neutral = {}
        if a.defect and a.defect[0] == "uipath-wrong-locale":
            nl_extra = {"wrong_locale_ui": True}
        else:
            nl_extra = {}
        desc_en, desc_nl = description(a, "en"), description(a, "nl")
        # Defects that live only in one language: render the links list per language.
        links_all = a.links
        en_links = links_all
        nl_links = links_all
        if a.defect and a.defect[0] in ("link-broken", "anchor-missing", "fwlink-unknown", "image-missing"):
            where = a.defect[1]
            if where == "nl-NL":
                en_links = links_all[:-1] if a.defect[0] != "image-missing" else links_all
            elif where == "en-US":
                nl_links = links_all[:-1] if a.defect[0] != "image-missing" else links_all
        images_all = a.images

        def with_links(links, images, fn):
            a.links, a.images = links, images
            try:
                return fn()
            finally:
                a.links, a.images = links_all, images_all

        en_images = images_all
        nl_images = images_all
        if a.defect and a.defect[0] == "image-missing":
            ok = images_all[:-1]
            if a.defect[1] == "nl-NL":
                en_images = ok
            elif a.defect[1] == "en-US":
                nl_images = ok
        old_en = with_links(en_links, en_images, lambda: render(a, "en", articles, neutral))
        en_body = old_en
        en_fm = front_matter(a, "en", desc_en)
        if a.drift == "numbers":
            # change the numbers of the first paragraph of the source
            for bi, b in enumerate(a.blocks):
                if b[0] == "p" and has_number(b):
                    new = []
                    for t, s in b[1]:
                        s2 = Slots(random.Random(0))
                        for k in Slots.__slots__:
                            setattr(s2, k, getattr(s, k))
                        s2.num = s.num * 2 + 1
                        new.append((t, s2))
                    saved = a.blocks[bi]
                    a.blocks[bi] = ("p", new)
                    en_body = with_links(en_links, en_images, lambda: render(a, "en", articles, neutral))
                    a.blocks[bi] = saved
                    break
        elif a.drift == "added-section":
            en_body = with_links(en_links, en_images, lambda: render(
                a, "en", articles, {"added_section": (Slots(dr), dr.randrange(len(H2)), make_paragraph(dr))}))
        elif a.drift == "renamed-heading":
            en_body = with_links(en_links, en_images, lambda: render(
                a, "en", articles, {"renamed": (renamable[a.index],)}))
        elif a.drift == "extra-paragraph":
            en_body = with_links(en_links, en_images, lambda: render(
                a, "en", articles, {"extra_paragraph": make_paragraph(dr)}))
        en_text = en_fm + "\n" + en_body
        if a.drift == "stale-fingerprint":
            old_fm = en_fm.replace(f"ms.date: {a.date}", "ms.date: 01/01/2019")
            fingerprint = crlf_sha1(old_fm + "\n" + old_en)
        elif a.drift is not None:
            fingerprint = crlf_sha1(en_fm + "\n" + old_en)
        else:
            fingerprint = crlf_sha1(en_text)
        write(os.path.join(out, "en-US", a.rel), en_text)
        written["en-US"] += 1
        if not a.missing:
            nl_body = with_links(nl_links, nl_images, lambda: render(a, "nl", articles, nl_extra))
            write(os.path.join(out, "nl-NL", a.rel), front_matter(a, "nl", desc_nl, fingerprint) + nl_body)
            written["nl-NL"] += 1

    pool = [png(96 + (k % 5) * 16, 64 + (k % 3) * 16, k) for k in range(16)]
    for j, p in enumerate(image_paths):
        write(os.path.join(out, "en-US", p), "")  # placeholder to create the folder
        with open(os.path.join(out, "en-US", p), "wb") as f:
            f.write(pool[j % len(pool)])
        written["bytes"] += len(pool[j % len(pool)])

    counts["files"] = {"en-US": written["en-US"], "nl-NL": written["nl-NL"], "images": len(image_paths)}
    counts["bytes"] = written["bytes"]
    counts["parameters"] = {"seed": args.seed, "outdated": args.outdated, "missing": args.missing,
                            "defects": args.defects, "group_size": args.group_size}
    with open(os.path.join(out, "generator.json"), "w") as f:
        json.dump(counts, f, indent=1, sort_keys=True)
        f.write("\n")
    if not args.quiet:
        od = sum(counts["outdated"].values())
        print(f"generate: {n} pairs -> {out}: {written['en-US']} en-US + {written['nl-NL']} nl-NL articles, "
              f"{len(image_paths)} images, {written['bytes'] / 1e6:.1f} MB; {od} outdated, {counts['missing']} missing, "
              f"{len(counts['defects'])} defects", file=sys.stderr)


if __name__ == "__main__":
    main()
