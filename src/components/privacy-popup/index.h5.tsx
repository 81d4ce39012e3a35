// H5 has no WeChat privacy authorization.
export default function PrivacyPopup(): JSX.Element | null {
  return null
}
