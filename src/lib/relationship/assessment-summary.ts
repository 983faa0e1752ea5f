/**
 * A relationship's self-assessments in a few words, for its panel on My mentoring: for each role
 * present, the latest result (overall score, band and balance), the trend since the one before, and
 * whether a partner comparison exists. Only assessments answered with the current questionnaire are
 * scored or trended (./../reciprocity/assessments.ts); others are counted, never compared. Pure.
 */
import type { AssessmentDoc, Role } from "../docs/assessment-doc";
import type { Translate } from "../i18n/messages";
import { assessmentDate, byInstrument } from "../reciprocity/assessments";
import type { Instrument } from "../reciprocity/schema";
import { BALANCE_SHORT, scoreAssessment, trends, type Trend } from "../reciprocity/score";

export interface RoleSummary {
  role: Role;
  /** The latest completed assessment with the current questionnaire, if any. */
  latest?:
    | {
        id: string;
        /** When it was completed (an instant). */
        date: string;
        /** 0–100, or null when too few answers give one. */
        overall: number | null;
        /** The overall band's label, when there is a score and the answers vary. */
        band: string | null;
        /** Give against get, in a few words ("gives more than receives"), or null when unknown. */
        balance: string | null;
        /** Whether it holds a partner's answers to compare with. */
        compared: boolean;
        /** The charter it is linked to, if any (it may no longer be here). */
        charterId?: string | undefined;
      }
    | undefined;
  /** How many completed assessments with the current questionnaire about the same relationship as the latest (the same charter, or none). */
  count: number;
  /** Completed assessments with the current questionnaire about other relationships (another charter, or none), listed on the panel but not counted or trended with the latest. */
  otherRelationships: number;
  /**
   * The change of the overall score since the previous one linked to the same charter, as a phrase:
   * "up 12 since the one before", "about the same since the one before, but what you give up 50",
   * "… since the one before about the same charter" when this panel also lists assessments of other
   * relationships. With two or more scored. Assessments linked to no charter are never trended: they
   * may be about different relationships.
   */
  trend: string | null;
  /** Why there is no trend although several were taken: "not linked to a charter, so not followed over time". Otherwise null. */
  trendNote: string | null;
  /** Completed assessments answered with another questionnaire: listed in the tool, never scored here. */
  otherQuestionnaire: number;
}

/** The overall's change since the one before, as a phrase: "up 12 since the one before". */
function trendSince(trend: Trend, inst: Instrument, t: Translate): string {
  const change = trend.change!;
  if (Math.abs(change) >= (trend.threshold ?? inst.trendThreshold)) {
    return change > 0
      ? t("reciprocity.summary.trend.up", { points: change })
      : t("reciprocity.summary.trend.down", { points: -change });
  }
  return trend.sides
    ? t("reciprocity.summary.trend.sameBut", { sides: trend.sides })
    : t("reciprocity.summary.trend.same");
}

/** One summary per role that has a completed assessment, mentee first. */
export function assessmentSummaries(
  inst: Instrument,
  docs: readonly AssessmentDoc[],
  t: Translate,
): RoleSummary[] {
  const complete = docs.filter((d) => d.data.status === "complete");
  return (["mentee", "mentor"] as const).flatMap((role): RoleSummary[] => {
    const mine = complete.filter((d) => d.data.role === role);
    if (mine.length === 0) return [];
    const { current } = byInstrument(mine, inst.id);
    const sorted = [...current].sort((a, b) =>
      assessmentDate(a).localeCompare(assessmentDate(b)),
    );
    const last = sorted.at(-1);
    const result = last
      ? scoreAssessment(inst, role, last.data.stage, last.data.answers, t)
      : undefined;
    // The latest's relationship: the same charter, or (for one linked to none) the unlinked ones.
    const group = last ? sorted.filter((d) => (d.data.charterId ?? "") === (last.data.charterId ?? "")) : [];
    const sameRelationship = last?.data.charterId ? group : [];
    const history = sameRelationship.map((d) => ({
      instrument: d.data.instrument,
      date: assessmentDate(d),
      role,
      stage: d.data.stage,
      answers: d.data.answers,
    }));
    const overallTrend =
      history.length >= 2 ? trends(inst, history, t).overall : undefined;
    return [
      {
        role,
        latest:
          last && result
            ? {
                id: last.id,
                date: assessmentDate(last),
                overall: result.overall,
                band: result.overallBand?.label ?? null,
                balance:
                  result.balance.kind === "unknown"
                    ? null
                    : t(BALANCE_SHORT[result.balance.kind]),
                compared: !!last.data.compareWith,
                charterId: last.data.charterId,
              }
            : undefined,
        count: group.length,
        otherRelationships: sorted.length - group.length,
        trend:
          overallTrend && overallTrend.change !== null
            ? trendSince(overallTrend, inst, t)
            : null,
        trendNote:
          group.length >= 2 && last && !last.data.charterId
            ? t("reciprocity.summary.notLinked")
            : null,
        otherQuestionnaire: mine.length - current.length,
      },
    ];
  });
}
