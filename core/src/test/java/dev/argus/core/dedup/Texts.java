package dev.argus.core.dedup;

import java.util.ArrayList;
import java.util.List;

/** Fixture articles written for these tests: fictional outlets, people and companies. */
final class Texts {

  private Texts() {}

  static final String HARBOUR =
      """
      Nexori opens camera division in Munich and hires former sensor chief

      Nexori, the smartphone maker based in Lisbon, said on Tuesday that it is setting up a separate camera division in Munich, to be led by Adela Varga, who spent eleven years designing image sensors for a Japanese electronics group.

      The new unit will start with about two hundred engineers, most of them moved from the company's existing imaging team, and will grow to four hundred by the end of next year, according to a memo seen by the Harbour Courier.

      "Cameras are the reason people replace their phones now, so they deserve a house of their own," chief executive Tomas Reiner wrote in the memo, which was sent to staff late on Monday evening.

      Analysts at Brightwater Securities said the move follows a difficult year in which Nexori lost market share in Europe to cheaper rivals, and that a stronger camera could help the company defend its higher prices.

      Varga is expected to report directly to Reiner. Her first products are not due before the autumn of next year, and the company declined to say how much it will invest in the Munich site or whether it plans to build its own sensors.

      Shares of Nexori rose three percent in Lisbon trading after the announcement, their best day in more than a month.
      """;

  /** The same story written independently by another outlet: same facts, one shared quote. */
  static final String VALLEY_SAME_STORY =
      """
      Lisbon phone firm bets on photography with new German unit

      Phone brand Nexori will run its camera work from a dedicated division in Munich, the group announced this week, appointing imaging veteran Adela Varga as its head.

      Varga joins after more than a decade building image sensors in Japan. The Munich team is drawn largely from engineers already working on Nexori cameras and is set to double in size over the coming eighteen months.

      "Cameras are the reason people replace their phones now, so they deserve a house of their own," said chief executive Tomas Reiner in an internal note.

      Industry watchers see the reorganisation as a response to slipping European sales. Nexori has struggled to justify its premium pricing against low-cost competitors, and a clearly better camera is one way to do it, said one consultant who asked not to be named.

      The company gave no figure for the investment. Its shares climbed on the news and closed three percent higher, the Valley Ledger reported.
      """;

  static final String ZH =
      """
      奈克索瑞在慕尼黑成立独立影像部门

      总部位于里斯本的智能手机制造商奈克索瑞周二宣布，将在慕尼黑设立独立的影像部门，由曾在日本一家电子集团从事图像传感器设计十一年的瓦尔加出任负责人。

      根据港湾信使看到的一份内部备忘录，新部门初期约有两百名工程师，大多来自公司现有的影像团队，到明年年底将扩充至四百人。

      首席执行官雷纳在备忘录中写道，相机已经成为消费者更换手机的主要原因，因此值得拥有一个独立的部门。这份备忘录于周一深夜发给全体员工。

      分析人士指出，过去一年奈克索瑞在欧洲市场的份额被价格更低的竞争对手蚕食，更强的相机有助于公司维持较高的定价。公司拒绝透露在慕尼黑的投资金额，也没有说明是否计划自主研发传感器。

      消息公布后，奈克索瑞股价在里斯本上涨百分之三，创下一个多月以来的最大单日涨幅。
      """;

  static final String ZH_OTHER =
      """
      海湾电池公司宣布在深圳新建研发中心

      海湾电池公司周三表示，将投资建设位于深圳的新研发中心，重点开发用于电动自行车和家用储能设备的固态电池，预计两年内投入使用。

      公司发言人称，新中心将招聘约三百名研究人员，并与当地多所大学合作培养材料科学人才。目前公司的大部分研发工作仍在香港进行。

      业内人士认为，随着储能市场快速增长，电池企业正在加大研发投入，争夺下一代电池技术的领先地位。海湾电池去年的营业收入增长了百分之二十。
      """;

  static final String DE =
      """
      Stadtwerke Lindenau stellen auf Elektrobusse um

      Die Stadtwerke Lindenau wollen bis zum Jahr 2030 ihre gesamte Busflotte auf elektrische Antriebe umstellen. Das beschloss der Aufsichtsrat am Mittwochabend nach einer langen Sitzung im Rathaus.

      Zunächst sollen im kommenden Frühjahr zwanzig neue Busse eines Herstellers aus Polen ausgeliefert werden. Sie verkehren vor allem auf den Linien in die Vororte, wo die Fahrgastzahlen in den vergangenen Jahren stark gestiegen sind.

      Für die Ladeinfrastruktur wird der Betriebshof an der Mühlenstraße umgebaut. Die Kosten dafür schätzen die Stadtwerke auf rund vierzehn Millionen Euro, ein Teil soll aus Fördermitteln des Landes kommen.

      Geschäftsführerin Renate Albers sprach von einem wichtigen Schritt für die Luftqualität in der Innenstadt. Kritik kam von der Opposition im Stadtrat, die höhere Ticketpreise befürchtet.
      """;

  static List<String> paragraphs(String text) {
    List<String> out = new ArrayList<>();
    for (String p : text.strip().split("\n\\s*\n")) out.add(p.strip());
    return out;
  }

  static String join(List<String> paragraphs) {
    return String.join("\n\n", paragraphs);
  }
}
