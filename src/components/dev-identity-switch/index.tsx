// Typed default: no identity switching outside the H5 dev build.
export default function DevIdentitySwitch(): JSX.Element | null {
  return null
}
