// Passing a lesson card on to the family: WeChat's share to a chat (the card opens for anyone:
// the course needs no factory) and the card as a large-text picture. The page's
// useShareAppMessage sends cardShareMessage (a share button only reaches it from the page).
import { Button, View } from '@tarojs/components'
import type { Session } from '@/common/learning/content'
import type { Lang } from '@/common/lang'
import { cardShare } from '@/navigation/share-links'
import SavePicture from './save-picture'
import { useShareT } from './i18n'

/** What sharing this card sends: its title (and the session's) and the lesson at this card. */
export function cardShareMessage(session: Session, index: number, lang: Lang): { title: string; path: string } {
  return cardShare(session.id, index, session.cards[index].title[lang], session.title[lang])
}

export default function CardShare({ session, index }: { session: Session; index: number }): JSX.Element {
  const { lang, t } = useShareT()
  const card = session.cards[index]
  return (
    <View className='card-share'>
      {process.env.TARO_ENV === 'weapp' && (
        <Button className='fb-button fb-button--secondary card-share__send' openType='share'>
          {t('share.card')}
        </Button>
      )}
      <SavePicture
        fileName={`${session.id}-${index + 1}.png`}
        content={{ kicker: t('share.card.kicker', { module: session.module }), title: card.title[lang], body: card.body[lang], footer: t('share.picture.footer') }}
      />
    </View>
  )
}
