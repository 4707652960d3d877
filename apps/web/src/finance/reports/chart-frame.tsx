import { createContext, useContext, type ReactElement } from 'react';
import { ResponsiveContainer } from 'recharts';

export interface ChartSize {
  width: number;
  height: number;
}

/**
 * A fixed chart size for where nothing has a size to respond to (jsdom in component tests);
 * the app leaves it unset and charts fill their container.
 */
export const ChartSizeContext = createContext<ChartSize | undefined>(undefined);

export const CHART_HEIGHT = 280;

/** Colours of the series; each is also named in the legend and in the table under the chart. */
export const CHART_COLOURS = ['#1f5fa8', '#1e7a46', '#9a6400', '#b3261e', '#6b4fa8', '#00838f'];

/**
 * A chart as one image for assistive technology, named by `label`: its figures are in the
 * table that follows it, which is what a screen reader should read.
 */
export function ChartFrame({
  label,
  children,
}: {
  label: string;
  children: (size: Partial<ChartSize>) => ReactElement;
}) {
  const size = useContext(ChartSizeContext);
  return (
    <div className="chart" role="img" aria-label={label}>
      {size ? (
        children(size)
      ) : (
        <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
          {children({})}
        </ResponsiveContainer>
      )}
    </div>
  );
}

/** Axis ticks: a short number (12K, 1.2M), only ever a scale; amounts are read in the tables. */
export function tickFormatter(language: string): (value: number) => string {
  const format = new Intl.NumberFormat(language, { notation: 'compact' });
  return (value) => format.format(value);
}
