// "Save as a picture": a tip or lesson card as an image with large text, for a grandparent who
// does not use mini programs (sent in a chat like any photo). The canvas it is drawn on is
// hidden; the picture adapter (services/picture) saves or downloads it.
import { Button, Canvas, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { openAlbumSettings, savePicture } from '@/services/picture'
import { preparePicture } from './draw'
import { PICTURE_WIDTH, type PictureContent } from './picture-layout'
import { useShareT } from './i18n'
import './share.scss'

const CANVAS_ID = 'fb-share-picture'
const toast = (title: string) => Promise.resolve(Taro.showToast({ title, icon: 'none', duration: 2500 })).catch(() => undefined)

export default function SavePicture({ content, fileName }: { content: PictureContent; fileName: string }): JSX.Element {
  const { t } = useShareT()
  const [busy, setBusy] = useState(false)
  const save = async () => {
    if (busy) return
    setBusy(true)
    const outcome = await savePicture({ canvasId: CANVAS_ID, width: PICTURE_WIDTH, fileName, prepare: (ctx) => preparePicture(ctx, content) })
    setBusy(false)
    if (outcome === 'saved') return toast(t(process.env.TARO_ENV === 'h5' ? 'share.picture.downloaded' : 'share.picture.saved'))
    if (outcome === 'failed') return toast(t('share.picture.failed'))
    const answer = await Promise.resolve(
      Taro.showModal({ title: t('share.picture.deniedTitle'), content: t('share.picture.denied'), confirmText: t('share.picture.openSettings'), cancelText: t('share.picture.cancel') })
    ).catch(() => ({ confirm: false }))
    if (answer.confirm) openAlbumSettings()
  }
  return (
    <View className='share-picture'>
      {process.env.TARO_ENV === 'weapp' && <Canvas type='2d' id={CANVAS_ID} className='share-picture__canvas' />}
      <Button className='fb-button fb-button--secondary share-picture__save' disabled={busy} onClick={() => void save()}>
        {t(busy ? 'share.picture.saving' : 'share.picture.save')}
      </Button>
    </View>
  )
}
