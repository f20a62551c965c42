import { useTranslation } from 'react-i18next';
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { useFormat } from '../i18n/format';
import type { DecidingMilestone, Projection, ReadinessPoint } from './readiness-trend';

// Lines differ by dash pattern and marker as well as colour, and the legend shows each one's pattern; the figure's
// caption and its table give the same figures in words. The legend is HTML rather than the library's (translated
// text, read by screen readers), and there is no hover tooltip: the table serves every reader, and leaving both out
// keeps the chart's code small. Colours are the stylesheet's inks (SVG attributes cannot read CSS variables).
const INK = { overall: '#0b4f8a', deciding: '#7a4500', projection: '#4a5361', asOf: '#1b1f24' };
const DASH = { overall: undefined, deciding: '8 4', projection: '2 5' };

/** A line's sample, drawn as the chart draws it. */
function Swatch({ ink, dash }: { ink: string; dash: string | undefined }) {
  return (
    <svg className="chart__swatch" width="36" height="10" aria-hidden="true">
      <line x1="0" y1="5" x2="36" y2="5" stroke={ink} strokeWidth="2" strokeDasharray={dash} />
      <circle cx="18" cy="5" r="3" fill={ink} />
    </svg>
  );
}

interface Props {
  series: readonly ReadinessPoint[];
  projection: Projection | null;
  deciding: DecidingMilestone | null;
  asOf: number;
}

interface Row {
  at: number;
  overall?: number | null;
  deciding?: number | null;
  projected?: number;
}

export default function ReadinessChart({ series, projection, deciding, asOf }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const rows: Row[] = series.filter((point) => point.overall !== null).map((point) => ({ ...point }));
  if (projection) {
    const last = rows.find((row) => row.at === projection.from.at);
    if (last) last.projected = projection.from.value;
    rows.push({ at: projection.to.at, projected: projection.to.value });
  }
  // The axis starts where the first matter appears, not at the process's first milestone.
  const first = series.find((point) => point.overall !== null)?.at ?? series[0]?.at ?? asOf;
  const end = projection ? projection.to.at : asOf;
  const names = {
    overall: t('overview.chart.overall'),
    deciding: deciding ? t('overview.chart.deciding', { milestone: deciding.shortTitle }) : '',
    projected: t('overview.chart.projection'),
  };

  const lines = [
    { key: 'overall', name: names.overall, shown: true },
    { key: 'deciding', name: names.deciding, shown: !!deciding },
    { key: 'projection', name: names.projected, shown: !!projection },
  ] as const;

  return (
    <>
      <ul className="chart__legend">
        {lines
          .filter((line) => line.shown)
          .map((line) => (
            <li key={line.key}>
              <Swatch ink={INK[line.key]} dash={DASH[line.key]} />
              {line.name}
            </li>
          ))}
      </ul>
      <div className="chart__canvas" aria-hidden="true">
        <ResponsiveContainer width="100%" height={280}>
          <LineChart
            data={rows}
            margin={{ top: 16, right: 24, bottom: 8, left: 0 }}
            accessibilityLayer={false}
          >
            <CartesianGrid strokeDasharray="3 3" stroke="#d5dae1" />
            <XAxis
              dataKey="at"
              type="number"
              scale="time"
              domain={[first, end]}
              tickFormatter={(at: number) => format.monthYear(at)}
              stroke="#4a5361"
            />
            <YAxis
              domain={[0, 100]}
              ticks={[0, 25, 50, 75, 100]}
              tickFormatter={(value: number) => format.percent(value)}
              stroke="#4a5361"
              width={56}
            />
            <ReferenceLine
              x={asOf}
              stroke={INK.asOf}
              label={{ value: t('overview.chart.asOfLine'), position: 'insideBottomRight' }}
            />
            {deciding && (
              <ReferenceLine
                x={Date.parse(deciding.startsAt)}
                stroke={INK.deciding}
                strokeDasharray="2 2"
                label={{ value: deciding.shortTitle, position: 'insideTopRight' }}
              />
            )}
            <Line
              name={names.overall}
              dataKey="overall"
              stroke={INK.overall}
              strokeWidth={2}
              dot={{ r: 3 }}
              isAnimationActive={false}
            />
            {deciding && (
              <Line
                name={names.deciding}
                dataKey="deciding"
                stroke={INK.deciding}
                strokeWidth={2}
                strokeDasharray={DASH.deciding}
                dot={{ r: 4, strokeWidth: 2, fill: '#ffffff' }}
                isAnimationActive={false}
              />
            )}
            {projection && (
              <Line
                name={names.projected}
                dataKey="projected"
                stroke={INK.projection}
                strokeWidth={2}
                strokeDasharray={DASH.projection}
                connectNulls
                dot={{ r: 4 }}
                isAnimationActive={false}
              />
            )}
          </LineChart>
        </ResponsiveContainer>
      </div>
    </>
  );
}
