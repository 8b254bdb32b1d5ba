import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

// Only what our charts draw (bars, axes, legend, tooltip) and the SVG renderer: a third of the full build.
// This module is reached by a dynamic import only (EChart.tsx), so echarts lands in a chunk of its own that the
// portal's first page never requests.
use([BarChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export { init };
