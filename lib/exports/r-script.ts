import { NOT_ANSWERED, NOT_SHOWN } from '@/lib/questionnaire/types/question-type';
import type { ExportLayout } from './layout';
import { exportText } from './words';

/**
 * The export for R: the same plain data file as SPSS's (lib/exports/spss.ts)
 * and a base-R script that reads it. Choices become factors with the option
 * labels; missing codes become NA, their reasons kept in `missing_reason`, a
 * data frame of factors with the same column names; each column gets its
 * label in attr(, "label").
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
    comment(`Missing: ${NOT_SHOWN} = not shown by the routing, ${NOT_ANSWERED} = shown but not answered; NA in the data, the reason in missing_reason.`),
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
  for (const column of answerColumns.filter((c) => c.categorical)) {
    const name = rString(column.name);
    lines.push(
      `data[[${name}]] <- factor(data[[${name}]], levels = ${vector(column.values.map((v) => String(v.value)))}, labels = ${vector(column.values.map((v) => rString(v.label)))})`,
    );
  }
  lines.push('');
  for (const column of layout.columns) lines.push(`attr(data[[${rString(column.name)}]], "label") <- ${rString(column.label)}`);
  lines.push('');
  return lines.join('\n');
}
