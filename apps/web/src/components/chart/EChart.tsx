import { useEffect, useRef, useState } from 'react';
import type { EChartsOption, EChartsType } from 'echarts';
import './chart.css';

type Props = {
  option: EChartsOption;
  /** What the chart shows, read out instead of the drawing; a table beside it gives the figures. */
  label: string;
  height: number;
  testId?: string;
};

/**
 * An ECharts chart sized by its container. echarts is loaded on first use (`import()`), never with the page that
 * holds the chart: the portal's first page stays light. Disposed on unmount, resized with the window.
 */
export function EChart({ option, label, height, testId }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  // Bumped once echarts is there, so that the option is set on the new chart.
  const [loaded, setLoaded] = useState(0);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let gone = false;
    const resize = () => chart.current?.resize();
    import('./echarts-setup.ts').then(
      ({ init }) => {
        if (gone || !box.current) return;
        chart.current = init(box.current, undefined, { renderer: 'svg' });
        setLoaded((n) => n + 1);
      },
      () => setFailed(true),
    );
    window.addEventListener('resize', resize);
    return () => {
      gone = true;
      window.removeEventListener('resize', resize);
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option, loaded]);

  // Without echarts (a failed download) the table beside the chart still gives every figure.
  if (failed) return null;
  return <div className="echart" role="img" aria-label={label} data-testid={testId} ref={box} style={{ height }} />;
}
