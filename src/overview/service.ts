/** Figures for the home page. Each domain contributes the figures it owns when it is set up. */
export type FigureSource = (workspaceId: string) => Promise<number | null>;

export const FIGURES = [
  "mentions",
  "open_alerts",
  "open_crises",
  "mentions_24h",
  "negative_share_24h",
] as const;
export type Figure = (typeof FIGURES)[number];

export type OverviewService = ReturnType<typeof createOverviewService>;

export function createOverviewService() {
  const sources = new Map<Figure, FigureSource>();
  return {
    contribute(figure: Figure, source: FigureSource) {
      sources.set(figure, source);
    },
    async figures(workspaceId: string): Promise<Record<Figure, number | null>> {
      const entries = await Promise.all(
        FIGURES.map(async (f) => {
          const source = sources.get(f);
          // A figure nobody contributes is zero by definition: that part keeps no records yet.
          const fallback = f === "negative_share_24h" ? null : 0;
          return [f, source ? await source(workspaceId) : fallback] as const;
        }),
      );
      return Object.fromEntries(entries) as Record<Figure, number | null>;
    },
  };
}
