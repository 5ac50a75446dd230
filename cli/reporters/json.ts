/** `--json`: the RunReport exactly as the API returns it, and nothing else on stdout. */
import type { RunReport } from '../../engine/report';

export function formatJson(report: RunReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
