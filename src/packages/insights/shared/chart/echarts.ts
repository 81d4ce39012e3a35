// ECharts, only the parts the dashboards draw (bars and lines on a grid, legend, canvas).
// Imported from this subpackage only, so none of it reaches the main package.
import * as echarts from 'echarts/core'
import { BarChart, LineChart } from 'echarts/charts'
import { GridComponent, LegendComponent } from 'echarts/components'
import { CanvasRenderer } from 'echarts/renderers'

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, CanvasRenderer])

export { echarts }
export type ChartOption = Parameters<ReturnType<typeof echarts.init>['setOption']>[0]
