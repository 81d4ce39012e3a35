// A chart in the browser: ECharts on a canvas of its own inside this box.
import { View } from '@tarojs/components'
import { useEffect, useRef } from 'react'
import { echarts, type ChartOption } from './echarts'

export default function Chart({ id, option, height = 220, label }: { id: string; option: ChartOption; height?: number; label: string }): JSX.Element {
  const chart = useRef<ReturnType<typeof echarts.init> | null>(null)
  useEffect(() => {
    const el = document.getElementById(id)
    if (!el) return
    chart.current ??= echarts.init(el, undefined, { renderer: 'canvas' })
    chart.current.setOption(option, true)
  }, [id, option])
  useEffect(() => () => chart.current?.dispose(), [])
  return <View id={id} className='ins-chart' style={{ width: '100%', height: `${height}px` }} role='img' aria-label={label} />
}
