package org.hotline12345.core.appeal;

/** The channel (渠道) through which an appeal reached the hotline. */
public enum Channel {
  /** A phone call to the hotline (电话). */
  PHONE("电话"),
  /** A text message (短信). */
  SMS("短信"),
  /** The web portal (网站). */
  WEB("网站"),
  /** A WeChat official account (微信). */
  WECHAT("微信"),
  /** A mobile app (移动应用). */
  APP("App"),
  /** A mini-program (小程序). */
  MINI_PROGRAM("小程序"),
  /** Email (电子邮件). */
  EMAIL("电子邮件"),
  /** In person at a service counter (来访). */
  WALK_IN("来访"),
  /** Any other channel, such as a letter or a referral (其他). */
  OTHER("其他");

  private final String chinese;

  Channel(String chinese) {
    this.chinese = chinese;
  }

  /**
   * The Chinese name.
   *
   * @return for example {@code 电话}
   */
  public String chinese() {
    return chinese;
  }
}
