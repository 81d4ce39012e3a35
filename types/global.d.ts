/// <reference types="@tarojs/taro" />

declare module '*.png'
declare module '*.gif'
declare module '*.jpg'
declare module '*.jpeg'
declare module '*.svg'
declare module '*.css'
declare module '*.less'
declare module '*.scss'
declare module '*.sass'
declare module '*.styl'

declare namespace NodeJS {
  interface ProcessEnv {
    /** Affects the build output. */
    NODE_ENV: 'development' | 'production'
    /** The platform being built; resolved at compile time, dead branches are dropped. */
    TARO_ENV: 'weapp' | 'swan' | 'alipay' | 'h5' | 'rn' | 'tt' | 'qq' | 'jd' | 'harmony' | 'jdrn'
    /** Mini program appid override (Taro special env var). */
    TARO_APP_ID: string
    /** CloudBase environment id; empty string means "the default environment". */
    TARO_APP_CLOUD_ENV?: string
  }
}
