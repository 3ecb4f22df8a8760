import { NOT_ANSWERED, NOT_SHOWN } from '@/lib/questionnaire/types/question-type';
import { userMissing } from './column';
import type { ExportLayout } from './layout';
import { exportText } from './words';

/**
 * The export for R: the same plain data file as SPSS's (lib/exports/spss.ts)
 * and a base-R script that reads it. Choices become factors with the option
 * labels; missing codes become NA, their reasons kept in `missing_reason`, a
 * data frame of factors with the same column names (a column's own missing
 * values, such as "weet niet", too: lib/exports/column.ts); each column gets
 * its label in attr(, "label").
 *
 * Ordered points (level 'ordinal', a rating) stay numeric with their value
 * labels in attr(, "labels"), a named vector: R users compute a mean and a
 * median of a rating, which a factor would turn into level numbers, and
 * attr "labels" (and "label") is where haven's read_sav() puts an SPSS
 * file's labels, so haven::labelled() or a factor() built from it works as on
 * a .sav file, while the script needs base R only. Like read_sav()'s default,
 * the missing values are NA.
 */

/** An R string literal: ASCII only (the script runs in any locale), other characters as \U{…}. */
export function rString(text: string): string {
  let out = '"';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (char === '\\' || char === '"') out += `\\${char}`;
    else if (char === '\n') out += '\\n';
    else if (char === '\r') out += '\\r';
    else if (char === '\t') out += '\\t';
    else if (code < 0x20 || code > 0x7e) out += `\\U{${code.toString(16)}}`;
    else out += char;
  }
  return `${out}"`;
}

const vector = (items: string[]) => `c(${items.join(', ')})`;

export type ScriptHeader = { edition: string; filters: string; moment: string; dataFile: string };

/** The .R script. Run it from the folder it is in (`Rscript <name>.R`, or source() with chdir = TRUE). */
export function rScript(layout: ExportLayout, header: ScriptHeader): string {
  const answerColumns = layout.columns.filter((c) => c.question);
  const comment = (text: string) => `# ${text.replace(/[\r\n]+/g, ' ')}`;
  const lines = [
    comment(`Enquete export ${header.edition}`),
    comment(`Filters: ${header.filters || '-'}`),
    comment(`Made: ${header.moment}`),
    comment(
      `Missing: ${NOT_SHOWN} = not shown by the routing, ${NOT_ANSWERED} = shown but not answered; NA in the data, the reason in missing_reason.`,
    ),
    '',
    `data <- read.csv(${rString(header.dataFile)}, encoding = "UTF-8", stringsAsFactors = FALSE, check.names = FALSE, na.strings = character(0))`,
    '',
    `missing_labels <- c(${rString(String(NOT_SHOWN))} = ${rString(exportText.missing.notShown)}, ${rString(String(NOT_ANSWERED))} = ${rString(exportText.missing.notAnswered)})`,
    `answer_columns <- ${vector(answerColumns.map((c) => rString(c.name)))}`,
    'missing_reason <- as.data.frame(lapply(data[answer_columns], function(x) {',
    '  code <- as.character(x)',
    '  factor(ifelse(code %in% names(missing_labels), missing_labels[code], NA), levels = unname(missing_labels))',
    '}), check.names = FALSE)',
    'for (column in answer_columns) {',
    '  data[[column]][!is.na(missing_reason[[column]])] <- NA',
    '}',
    '',
  ];
  const ownMissing = answerColumns.filter((c) => userMissing(c).length > 0);
  for (const column of ownMissing) {
    const name = rString(column.name);
    const own = userMissing(column);
    // Matched as numbers, so a code reads the same however R would print it.
    lines.push(
      `at <- match(data[[${name}]], ${vector(own.map((v) => String(v.value)))})`,
      `missing_reason[[${name}]] <- factor(ifelse(is.na(at), as.character(missing_reason[[${name}]]), ${vector(own.map((v) => rString(v.label)))}[at]), levels = unique(c(unname(missing_labels), ${own.map((v) => rString(v.label)).join(', ')})))`,
      `data[[${name}]][!is.na(at)] <- NA`,
    );
  }
  if (ownMissing.length > 0) lines.push('rm(at)', '');
  for (const column of answerColumns.filter((c) => c.categorical)) {
    const name = rString(column.name);
    const ordered = column.level === 'ordinal' ? ', ordered = TRUE' : '';
    lines.push(
      `data[[${name}]] <- factor(data[[${name}]], levels = ${vector(column.values.map((v) => String(v.value)))}, labels = ${vector(column.values.map((v) => rString(v.label)))}${ordered})`,
    );
  }
  lines.push('');
  for (const column of layout.columns) {
    lines.push(`attr(data[[${rString(column.name)}]], "label") <- ${rString(column.label)}`);
    // Ordered points stay numbers; their labels go where haven keeps an SPSS file's value labels.
    if (column.level === 'ordinal' && !column.categorical && column.values.length > 0) {
      lines.push(
        `attr(data[[${rString(column.name)}]], "labels") <- c(${column.values.map((v) => `${rString(v.label)} = ${v.value}`).join(', ')})`,
      );
    }
  }
  lines.push('');
  return lines.join('\n');
}
