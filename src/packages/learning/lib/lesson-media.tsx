// A session's optional recording and video, shown on its first card. The recording plays on a
// tap (one big play/pause button) and stops when the card or the page goes away; a failure
// shows a plain message under the button and the text stays readable.
import { Button, Text, Video, View } from '@tarojs/components'
import { useUnload } from '@tarojs/taro'
import { useEffect, useRef, useState } from 'react'
import type { Session } from '@/common/learning/content'
import { createAudioPlayer, type AudioPlayer } from './audio'
import { useLT } from './i18n'

export type SessionMedia = NonNullable<Session['media']>

/** Whether a session has anything to listen to or watch. */
export function hasMedia(media: Session['media']): media is SessionMedia {
  return !!(media && (media.audioUrl || media.videoUrl))
}

function AudioButton({ src }: { src: string }): JSX.Element {
  const { t } = useLT()
  const [playing, setPlaying] = useState(false)
  const [failed, setFailed] = useState(false)
  const player = useRef<AudioPlayer | null>(null)

  useEffect(
    () => () => {
      player.current?.destroy()
      player.current = null
    },
    [src]
  )
  useUnload(() => player.current?.destroy())

  const toggle = () => {
    if (!player.current) player.current = createAudioPlayer(src, { onPlaying: setPlaying, onError: () => setFailed(true) })
    if (playing) return player.current.pause()
    setFailed(false)
    player.current.play()
  }

  return (
    <View className='lesson__audio'>
      <Button className={`fb-button lesson__audio-toggle${playing ? ' lesson__audio-toggle--playing' : ''}`} onClick={toggle}>
        {playing ? t('learning.lesson.pauseAudio') : t('learning.lesson.playAudio')}
      </Button>
      {failed && (
        <View className='lesson__media-failed' role='alert'>
          <Text>{t('learning.lesson.audioFailed')}</Text>
        </View>
      )}
    </View>
  )
}

function LessonVideo({ src }: { src: string }): JSX.Element {
  const { t } = useLT()
  const [failed, setFailed] = useState(false)
  return (
    <View className='lesson__video-box'>
      <Video className='lesson__video' src={src} controls showCenterPlayBtn onError={() => setFailed(true)} />
      {failed && (
        <View className='lesson__media-failed' role='alert'>
          <Text>{t('learning.lesson.videoFailed')}</Text>
        </View>
      )}
    </View>
  )
}

export function LessonMedia({ media }: { media: SessionMedia }): JSX.Element {
  return (
    <View className='lesson__media'>
      {media.videoUrl && <LessonVideo src={media.videoUrl} />}
      {media.audioUrl && <AudioButton src={media.audioUrl} />}
    </View>
  )
}
