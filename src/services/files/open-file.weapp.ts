// WeChat: download an export link and open it (openDocument shows it, with a menu to send it to
// a chat or open it on a PC). The link is a cloud storage temporary URL.
import Taro from '@tarojs/taro'

export async function openExport(file: { url: string; fileName: string }): Promise<void> {
  const res = await Taro.downloadFile({ url: file.url })
  if (res.statusCode !== 200) throw new Error(`download failed: ${res.statusCode}`)
  await Taro.openDocument({ filePath: res.tempFilePath, fileType: 'xlsx', showMenu: true })
}
