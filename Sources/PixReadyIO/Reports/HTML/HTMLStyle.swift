import PixReadyCore

/// The report's only stylesheet, inline: screen and A4 print, no font or image fetched.
enum HTMLStyle {
  /// The CSS text (no `<` nor `&`, so the page stays well-formed XML).
  static func css() -> String {
    screen + badges + filters + print
  }

  /// The part `pixready page` shares with the report: page layout, type, tables and badges.
  static func shared() -> String {
    screen + badges
  }

  private static let screen = """
    :root { color-scheme: light; }
    * { box-sizing: border-box; }
    html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
    body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
      font-size: 15px; line-height: 1.45; color: #1f2328; background: #fff; margin: 0 auto; padding: 24px 32px;
      max-width: 1100px; }
    h1 { font-size: 1.6em; margin: 0.1em 0 0.4em; }
    h2 { font-size: 1.3em; margin: 1.8em 0 0.6em; padding-bottom: 0.2em; border-bottom: 2px solid #d0d7de; }
    h3 { font-size: 1.1em; margin: 1.4em 0 0.4em; }
    h4 { font-size: 1em; margin: 1em 0 0.3em; }
    p { margin: 0.4em 0 0.8em; }
    .kicker { text-transform: uppercase; letter-spacing: 0.08em; font-size: 0.8em; color: #57606a; margin: 0; }
    dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 0.15em 1em; margin: 0.5em 0 1em; }
    dl.meta dt { font-weight: 600; }
    dl.meta dd { margin: 0; min-width: 0; overflow-wrap: anywhere; }
    .scroll { overflow-x: auto; max-width: 100%; margin: 0.4em 0 1em; }
    .scroll > table { margin: 0; }
    .scroll:focus-visible { outline: 3px solid #0072B2; outline-offset: 2px; }
    .notice { border-left: 5px solid #0072B2; background: #eef6fc; padding: 0.6em 0.9em; margin: 1em 0; }
    .notice.warning { border-left-color: #D55E00; background: #fdf1ea; }
    nav.toc ol { display: flex; flex-wrap: wrap; gap: 0.3em 1.2em; padding: 0; margin: 0.5em 0;
      list-style: none; }
    nav.toc a { color: #0b5cad; }
    table { border-collapse: collapse; width: 100%; margin: 0.4em 0 1em; font-size: 0.93em; }
    th, td { border: 1px solid #d0d7de; padding: 0.3em 0.5em; text-align: left; vertical-align: top;
      overflow-wrap: break-word; }
    th { background: #f3f5f7; font-weight: 600; }
    td.number, th.number { text-align: right; white-space: nowrap; overflow-wrap: normal; }
    tr.total td { font-weight: 700; background: #f8f9fa; }
    td.why { font-size: 0.86em; color: #424a53; }
    td.check, th.check { width: 2.5em; text-align: center; }
    td.check { font-size: 1.2em; line-height: 1; }
    td.classe { white-space: nowrap; }
    td.name { min-width: 9em; }
    table.worklist { width: auto; min-width: 55%; }
    table.worklist td.number { width: 4em; }
    td.steps ul { margin: 0; padding-left: 1.1em; }
    .who { color: #57606a; font-size: 0.9em; }
    .muted { color: #57606a; }
    svg.chart { width: 100%; height: auto; max-width: 760px; min-width: 600px; display: block; margin: 0.5em 0;
      font-family: inherit; font-size: 14px; }
    svg.chart text:not([fill]) { fill: #1f2328; }
    .actor { border-top: 1px solid #d0d7de; margin-top: 1.5em; }
    .step-detail { color: #303840; }
    ol.school li { margin-bottom: 0.8em; }
    details.classe { margin: 0.5em 0; }
    details.classe > summary { cursor: pointer; font-weight: 600; font-size: 1.05em; padding: 0.3em 0; }
    footer { margin-top: 2.5em; border-top: 1px solid #d0d7de; padding-top: 0.6em; font-size: 0.9em;
      color: #57606a; }
    @media (max-width: 600px) {
      body { padding: 12px; }
      h1 { font-size: 1.35em; }
      table.students { min-width: 560px; }
    }

    """

  private static let badges = """
    .badge { display: inline-block; padding: 0.05em 0.5em; border-radius: 0.8em; font-size: 0.88em;
      font-weight: 600; white-space: nowrap; border: 1px solid transparent; }
    .badge.ready { background: #d9f2ea; color: #00543d; border-color: #009E73; }
    .badge.action { background: #fdf0d5; color: #6b4a00; border-color: #E69F00; }
    .badge.support { background: #fbe3d6; color: #8a3300; border-color: #D55E00; }
    .badge.pending { background: #dcecf7; color: #004a75; border-color: #0072B2; }
    .badge.error { background: #ececec; color: #333; border-color: #6B6B6B; }
    .badge, svg.chart, .notice { -webkit-print-color-adjust: exact; print-color-adjust: exact; }

    """

  private static let filters = """
    .filter { display: flex; flex-wrap: wrap; align-items: center; gap: 0.4em; margin: 0.6em 0 0.2em; }
    .filterable > input { position: absolute; opacity: 0; width: 1px; height: 1px; }
    .filterable > label { display: inline-block; border: 1px solid #d0d7de; border-radius: 1em;
      padding: 0.15em 0.8em; margin: 0 0.3em 0.3em 0; cursor: pointer; background: #fff; }
    .filterable > input:checked + label { background: #1f2328; color: #fff; border-color: #1f2328; }
    .filterable > input:focus-visible + label { outline: 3px solid #0072B2; outline-offset: 2px; }
    #show-ready:checked ~ .classes tr.student:not(.ready),
    #show-action:checked ~ .classes tr.student:not(.action),
    #show-support:checked ~ .classes tr.student:not(.support),
    #show-pending:checked ~ .classes tr.student:not(.pending) { display: none; }

    """

  private static let print = """
    @page { size: A4; margin: 14mm 12mm 16mm; }
    @media print {
      body { font-size: 10pt; padding: 0; max-width: none; }
      nav.toc, .hint, .filterable > input, .filterable > label, .filter-label { display: none; }
      .classes tr.student { display: table-row !important; }
      .scroll { overflow: visible; }
      svg.chart { min-width: 0; }
      a { color: inherit; text-decoration: none; }
      h2, h3, h4, summary, .step-detail { break-after: avoid; page-break-after: avoid; }
      h2, h3, h4 { break-inside: avoid; }
      tr, li, .notice, svg.chart, ul.legend { break-inside: avoid; page-break-inside: avoid; }
      thead { display: table-header-group; }
      #listes, .actor ~ .actor { break-before: page; page-break-before: always; }
      .actor { border-top: none; }
      section { break-inside: auto; }
      details.classe > summary { list-style: none; }
      details.classe > summary::-webkit-details-marker { display: none; }
      .filterable > label { border-color: #999; }
    }

    """
}

extension HTMLStyle {
  /// The running header of printed worklist pages: each actor's list is a named page whose top
  /// margin says which report it comes from (`text`: tree, file, date) and whose list it is.
  static func runningHeaders(_ text: String, outline: ReportOutline) -> String {
    let language = outline.document.context.language
    var css = "@media print {\n"
    // The section's heading and introduction go on the first list's page, its closing line on the
    // last's: a change of named page forces a break, which would leave them alone on a page.
    if let first = outline.worklists.first, let last = outline.worklists.last {
      css += "  #listes > h2, #listes > p:not(.muted) { page: worklist-\(identifier(first.actor.id)); }\n"
      css += "  #listes > p.muted { page: worklist-\(identifier(last.actor.id)); }\n"
    }
    for list in outline.worklists {
      let page = "worklist-" + identifier(list.actor.id)
      css += "  #actor-\(identifier(list.actor.id)) { page: \(page); }\n"
      css += "  @page \(page) {\n"
      css += "    @top-left { content: \(string(text)); font-size: 8pt; color: #333; }\n"
      css +=
        "    @top-right { content: \(string(list.actor.label.text(in: language))); font-size: 8pt; color: #333; }\n"
      css += "  }\n"
    }
    return css + "}\n"
  }

  /// A CSS string: quotes, backslashes, line breaks, `<` and `&` (kept out of the XML) escaped.
  private static func string(_ text: String) -> String {
    var out = "\""
    for scalar in FrenchTypography.typeset(text).unicodeScalars {
      switch scalar {
      case "\"", "\\", "<", "&", "\n", "\r": out += "\\" + String(scalar.value, radix: 16) + " "
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }

  /// An actor id as a CSS identifier: letters, digits and hyphens only.
  private static func identifier(_ id: String) -> String {
    String(
      id.unicodeScalars.map {
        $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" ? Character($0) : "-"
      })
  }
}
