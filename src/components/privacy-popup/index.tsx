// Typed default: only WeChat asks for privacy authorization (see index.weapp.tsx).
export default function PrivacyPopup(): JSX.Element | null {
  return null
}
