import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format';
import type { DecidingMilestone, Projection, ReadinessPoint } from './readiness-trend';

// Drawn as plain SVG: three lines, two markers and two axes do not need a charting library, which was 90 kB of the
// first screen compressed (decision 0023). Lines differ by dash pattern and marker as well as colour, and the legend
// shows each one's pattern; the figure's caption and its table give the same figures in words, so the drawing is
// hidden from screen readers. Inks are the stylesheet's, each at least 7:1 on white, labels included.
const INK = {
  overall: '#0b4f8a',
  deciding: '#7a4500',
  projection: '#4a5361',
  asOf: '#1b1f24',
  axis: '#4a5361',
};
const DASH = { overall: undefined, deciding: '8 4', projection: '2 5' };
const GRID = '#d5dae1';
const HEIGHT = 280;
const MARGIN = { top: 24, right: 24, bottom: 28, left: 52 };
const PERCENT_TICKS = [0, 25, 50, 75, 100];
const MAX_TIME_TICKS = 6;

/** A line's sample, drawn as the chart draws it. */
function Swatch({ ink, dash }: { ink: string; dash: string | undefined }) {
  return (
    <svg className="chart__swatch" width="36" height="10" aria-hidden="true">
      <line x1="0" y1="5" x2="36" y2="5" stroke={ink} strokeWidth="2" strokeDasharray={dash} />
      <circle cx="18" cy="5" r="3" fill={ink} />
    </svg>
  );
}

/** The first day of each month between two instants, thinned to at most `max` evenly spaced ones. */
export function monthTicks(from: number, to: number, max = MAX_TIME_TICKS): number[] {
  const months: number[] = [];
  const day = new Date(from);
  let month = Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + (day.getUTCDate() === 1 ? 0 : 1), 1);
  while (month <= to) {
    months.push(month);
    const next = new Date(month);
    month = Date.UTC(next.getUTCFullYear(), next.getUTCMonth() + 1, 1);
  }
  const step = Math.max(1, Math.ceil(months.length / max));
  return months.filter((_, i) => i % step === 0);
}

/** The width the chart has on screen, followed as the window changes. */
function useWidth(): [React.RefObject<HTMLDivElement | null>, number] {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(640);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => entry && setWidth(Math.round(entry.contentRect.width)));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

interface Props {
  series: readonly ReadinessPoint[];
  projection: Projection | null;
  deciding: DecidingMilestone | null;
  asOf: number;
}

type Point = { at: number; value: number };

interface ChartLine {
  key: keyof typeof DASH;
  name: string;
  points: Point[];
  /** The deciding milestone's line has open markers, so it differs from the overall line without colour. */
  hollow: boolean;
}

export function ReadinessChart({ series, projection, deciding, asOf }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const [canvas, width] = useWidth();
  // The axis starts where the first matter appears, not at the process's first milestone.
  const first = series.find((point) => point.overall !== null)?.at ?? series[0]?.at ?? asOf;
  const end = Math.max(projection ? projection.to.at : asOf, first + 1);
  const plot = {
    width: Math.max(width - MARGIN.left - MARGIN.right, 1),
    height: HEIGHT - MARGIN.top - MARGIN.bottom,
  };
  const x = (at: number) => MARGIN.left + ((at - first) / (end - first)) * plot.width;
  const y = (value: number) => MARGIN.top + (1 - value / 100) * plot.height;
  const pointsOf = (pick: (point: ReadinessPoint) => number | null): Point[] =>
    series.flatMap((point) => {
      const value = pick(point);
      return value === null ? [] : [{ at: point.at, value }];
    });
  const path = (points: Point[]) => points.map((p, i) => `${i ? 'L' : 'M'}${x(p.at)},${y(p.value)}`).join('');

  const lines: ChartLine[] = [
    { key: 'overall', name: t('overview.chart.overall'), points: pointsOf((p) => p.overall), hollow: false },
  ];
  if (deciding) {
    const name = t('overview.chart.deciding', { milestone: deciding.shortTitle });
    lines.push({ key: 'deciding', name, points: pointsOf((p) => p.deciding), hollow: true });
  }
  if (projection) {
    const points = [projection.from, projection.to];
    lines.push({ key: 'projection', name: t('overview.chart.projection'), points, hollow: false });
  }
  const markers = [
    {
      key: 'asOf',
      at: asOf,
      label: t('overview.chart.asOfLine'),
      ink: INK.asOf,
      dash: undefined,
      top: false,
    },
    ...(deciding
      ? [
          {
            key: 'deciding',
            at: Date.parse(deciding.startsAt),
            label: deciding.shortTitle,
            ink: INK.deciding,
            dash: '2 2',
            top: true,
          },
        ]
      : []),
  ].filter((marker) => marker.at >= first && marker.at <= end);

  return (
    <>
      <ul className="chart__legend">
        {lines.map((line) => (
          <li key={line.key}>
            <Swatch ink={INK[line.key]} dash={DASH[line.key]} />
            {line.name}
          </li>
        ))}
      </ul>
      <div className="chart__canvas" ref={canvas} aria-hidden="true">
        <svg className="chart__surface" width={width} height={HEIGHT} fontSize="12" fill={INK.axis}>
          {PERCENT_TICKS.map((value) => (
            <g key={value}>
              <line
                x1={MARGIN.left}
                x2={MARGIN.left + plot.width}
                y1={y(value)}
                y2={y(value)}
                stroke={GRID}
                strokeDasharray="3 3"
              />
              <text x={MARGIN.left - 6} y={y(value)} textAnchor="end" dominantBaseline="middle">
                {format.percent(value)}
              </text>
            </g>
          ))}
          {monthTicks(first, end).map((at) => (
            <g key={at}>
              <line
                x1={x(at)}
                x2={x(at)}
                y1={MARGIN.top}
                y2={MARGIN.top + plot.height}
                stroke={GRID}
                strokeDasharray="3 3"
              />
              <text x={x(at)} y={HEIGHT - 8} textAnchor="middle">
                {format.monthYear(at)}
              </text>
            </g>
          ))}
          {markers.map((marker) => (
            <g key={marker.key} className={`chart__marker chart__marker--${marker.key}`}>
              <line
                x1={x(marker.at)}
                x2={x(marker.at)}
                y1={MARGIN.top}
                y2={MARGIN.top + plot.height}
                stroke={marker.ink}
                strokeDasharray={marker.dash}
              />
              <text
                x={x(marker.at) - 4}
                y={marker.top ? MARGIN.top - 8 : MARGIN.top + plot.height - 6}
                textAnchor="end"
                fill={marker.ink}
              >
                {marker.label}
              </text>
            </g>
          ))}
          {lines.map((line) => (
            <g key={line.key} className={`chart__line chart__line--${line.key}`}>
              <path
                d={path(line.points)}
                fill="none"
                stroke={INK[line.key]}
                strokeWidth="2"
                strokeDasharray={DASH[line.key]}
              />
              {line.points.map((p) => (
                <circle
                  key={p.at}
                  cx={x(p.at)}
                  cy={y(p.value)}
                  r={line.hollow ? 4 : 3}
                  fill={line.hollow ? '#ffffff' : INK[line.key]}
                  stroke={INK[line.key]}
                  strokeWidth="2"
                />
              ))}
            </g>
          ))}
        </svg>
      </div>
    </>
  );
}
