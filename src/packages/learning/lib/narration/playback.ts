// A narration Playback over the audio adapter (InnerAudioContext): used for recorded audio and
// for the plugin's synthesized audio file alike, so both honour the speed and report the end.
import { createAudioPlayer } from '../audio'
import type { Playback, PlaybackEvents, Rate } from './narrator'

export function audioPlayback(src: string, rate: Rate, events: PlaybackEvents): Playback {
  // The adapter reports "playing" at once on a tap (for its own button); narration waits for the
  // platform's onPlay, so a file that cannot play still hands over to the next source.
  let tapping = false
  const onPlaying = (playing: boolean) => !(playing && tapping) && events.onPlaying(playing)
  const player = createAudioPlayer(src, { onPlaying, onError: events.onError, onEnded: events.onEnded }, rate)
  return {
    play() {
      tapping = true
      try {
        player.play()
      } finally {
        tapping = false
      }
    },
    pause: () => player.pause(),
    stop: () => player.destroy(),
    setRate: (r) => player.setRate(r)
  }
}
