// A chart on the weapp Canvas 2D node: ECharts draws straight into it (no touch handling needed
// for these static charts). Text is measured on an offscreen canvas.
import { Canvas } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useRef } from 'react'
import { echarts, type ChartOption } from './echarts'

let platformSet = false

export default function Chart({ id, option, height = 220, label }: { id: string; option: ChartOption; height?: number; label: string }): JSX.Element {
  const chart = useRef<ReturnType<typeof echarts.init> | null>(null)
  useEffect(() => {
    if (chart.current) {
      chart.current.setOption(option, true)
      return
    }
    const timer = setTimeout(() => {
      const query = Taro.createSelectorQuery().select(`#${id}`)
      // a host without node queries (old base library, a simulator) shows the tables only
      if (!query?.fields) return
      query
        .fields({ node: true, size: true })
        .exec((res) => {
          const hit = res?.[0] as { node?: any; width?: number; height?: number } | undefined
          if (!hit?.node || !hit.width) return
          try {
            if (!platformSet) {
              echarts.setPlatformAPI({ createCanvas: () => Taro.createOffscreenCanvas({ type: '2d', width: 8, height: 8 }) as unknown as HTMLCanvasElement })
              platformSet = true
            }
            const dpr = Taro.getSystemInfoSync().pixelRatio
            hit.node.width = hit.width * dpr
            hit.node.height = hit.height! * dpr
            chart.current = echarts.init(hit.node, undefined, { width: hit.width, height: hit.height, devicePixelRatio: dpr })
            chart.current.setOption(option)
          } catch (e) {
            // the table next to every chart still shows the figures
            console.warn('[insights] chart not drawn', e)
          }
        })
    }, 50)
    return () => clearTimeout(timer)
  }, [id, option])
  useEffect(() => () => chart.current?.dispose(), [])
  return <Canvas type='2d' id={id} className='ins-chart' style={{ width: '100%', height: `${height}px` }} aria-label={label} />
}
