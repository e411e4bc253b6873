# Generates ConsoleMessages.java (English defaults) and messages/msg_zh.properties from one table.
# `python3 tools/messages.py` writes both; `--check` only compares them and exits 1 when they drifted. Both files
# carry the SHA-256 of this script, which MessagesGeneratedTest compares without needing Python.
import hashlib, json, sys
def when(var, pairs, fallback=True):
    out = "{#when %s}" % var
    for k, v in pairs:
        out += "{#is '%s'}%s" % (k, v)
    out += "{#else}{%s}{/when}" % var if fallback else "{/when}"
    return out

# Several bundles, each at most 300 messages (see the check at the end): name -> (interface, description, messages).
BUNDLES = {}
def bundle(name, interface, what):
    """Messages added from here on go to this bundle ({name:key} in templates)."""
    global E
    E = {}  # key -> (params, en, zh)
    BUNDLES[name] = (interface, what, E)

def m(key, en, zh, params=""):
    E[key] = (params, en, zh)

bundle("msg", "ConsoleMessages", "Every label of the interface up to issue 15 item 3")

LEVEL = [("CORE","Core","核心"),("IMPORTANT","Important","重要"),("GENERAL","General","一般")]
STATUS = [("REGISTERED","Registered","已登记"),("GRADING_PENDING","Grading pending","待定级"),("PROPOSED","Awaiting review","待审核"),("CONFIRMED","Confirmed","已确认"),("OVERRIDDEN","Changed by a reviewer","已由审核人调整"),("RETIRED","Retired","已停用")]
REASON = [("SECOND_REVIEW","Second review","待复核"),("PROPOSAL","Re-grading proposal","重新定级提议"),("CORE","Core","核心"),("IMPORTANT","Important","重要"),("UNCERTAIN","Uncertain result","结果不确定"),("PROPOSED","Proposed grade","待审核定级")]
EFFECT = [("PERMIT","Permit","允许"),("APPROVAL_REQUIRED","Approval required","需审批"),("DENY","Deny","拒绝")]
ACTION = [("VIEW","View","查看"),("DOWNLOAD","Download","下载"),("MODIFY","Modify","修改"),("SHARE_INTERNAL","Share internally","内部共享"),("PROVIDE_TO_ENTITY","Provide to another entity","向其他主体提供"),("TRANSFER_CROSS_BORDER","Cross-border transfer","出境"),("PUBLISH","Publish","公开"),("DELETE","Delete","删除"),("MODEL_TRAINING","Model training","模型训练")]
APPROVAL = [("PENDING","Pending","待审批"),("APPROVED","Approved","已批准"),("REJECTED","Rejected","已驳回"),("CONSUMED","Used","已使用")]
ASSESS = [("ANNUAL_RISK","Annual risk assessment","年度风险评估"),("CAC_CROSS_BORDER","CAC cross-border security assessment","网信办出境安全评估"),("CROSS_ENTITY","Cross-entity risk assessment","跨主体风险评估"),("PUBLICATION","Publication assessment","公开前评估"),("PI_IMPACT","Personal information protection impact assessment (PIPL art. 55)","个人信息保护影响评估（《个人信息保护法》第五十五条）")]
TYPE = [("FILE","File","文件"),("DATASET","Data set","数据集"),("TABLE","Table","数据表"),("DATABASE","Database","数据库"),("SYSTEM","System","系统"),("DOCUMENT_COLLECTION","Document collection","文档集"),("STREAM","Stream","数据流")]
ACT = [("PLANNING","Planning","规划"),("DESIGN","Design","设计"),("CONSTRUCTION","Construction","建设"),("PRODUCTION","Production","生产"),("STORAGE_TRANSPORT","Storage and transport","储运"),("CONSUMPTION","Consumption","消费"),("RESEARCH_DEVELOPMENT","Research and development","研发"),("OUT_OF_SCOPE_CITY_GAS","City gas (out of scope)","城镇燃气（不适用）"),("OUT_OF_SCOPE_HEATING","Heating (out of scope)","供热（不适用）"),("OUT_OF_SCOPE_FILLING_STATION","Filling station (out of scope)","加油加气站（不适用）"),("OUT_OF_SCOPE_OTHER","Other (out of scope)","其他（不适用）")]
OBL = [("ANNUAL_RISK_ASSESSMENT","Annual risk assessment","年度风险评估"),("MINORS_PI_COMPLIANCE_AUDIT","Minors' personal information audit (by 31 January)","未成年人个人信息合规审计（1月31日前）"),("IMPORTANT_DATA_CATALOGUE_FILING","Important-data catalogue filing","重要数据目录备案"),("DATA_SECURITY_OFFICER_AND_BODY","Data-security officer and body","数据安全负责人和管理机构"),("IMPORTANT_DATA_REORGANISATION_REPORT","Disposal plan reported on a merger, division, dissolution or bankruptcy","合并、分立、解散、破产时报告数据处置方案"),("IMPORTANT_DATA_PROCESSOR_DUTIES_BY_PI_SCALE","Important-data processor duties (personal information of 10 million people or more)","重要数据处理者义务（处理1000万人以上个人信息）"),("INCIDENT_INITIAL_REPORT","Incident: initial report","网络安全事件初始报告"),("INCIDENT_FINAL_REPORT","Incident: final report","网络安全事件总结报告")]
NOTICE = [("registered","The asset was registered.","资产已登记。"),("graded","The asset was registered or uploaded and graded.","已完成定级。"),("pending","The classifier is unavailable: grading will follow automatically.","分类服务暂不可用，稍后将自动定级。"),("reviewed","Your review was recorded.","审核结果已记录。"),("awaiting-second","The core downgrade now awaits a second reviewer.","核心数据降级已提交，等待第二位审核人复核。"),("second-approved","The downgrade was approved.","降级已批准。"),("second-rejected","The downgrade was rejected.","降级已驳回。"),("proposal-rejected","The proposal was rejected; the grade stays.","提议已驳回，定级保持不变。"),("approved","The approval was recorded.","审批已记录。"),("rejected","The request was rejected.","申请已驳回。"),("assessment","The assessment was recorded.","评估已记录。"),("secrecy-cleared","The secrecy review's clearance was recorded; the flag stays beside it.","保密审查解除结论已记录，标记仍予保留。"),("profile-saved","The organisation profile was saved.","组织信息已保存。"),("filing-saved","The filing fields were saved.","备案字段已保存。"),("incident-recorded","The incident was recorded with its report deadlines.","事件已记录，并已计算报告时限。"),("incident-reported","The report was recorded.","报告已记录。"),("retired","The asset was retired; its history and audit trail stay.","资产已退役，历史记录和审计轨迹仍予保留。"),("source-saved","The data source was saved.","数据源已保存。"),("scan-started","The scan was started.","扫描已开始。"),("asset-saved","The changes to the description and lineage were saved.","描述和数据血缘的修改已保存。")]

FLAG = [("POSSIBLE_STATE_SECRET","Possible state secret","可能涉及国家秘密"),("OUT_OF_SCOPE","Out of scope","不适用范围"),("NEEDS_REVIEW","Needs review","需人工审核"),("PRODUCTION_CONTROL_ZONE","Production control zone","生产控制大区")]
FLAG_WHY = [("POSSIBLE_STATE_SECRET","Possibly a state secret: until the secrecy review clears it, every action but VIEW by its registrant and the organisation's reviewers and security-admins is denied and routed to the secrecy process.","可能涉及国家秘密：在保密审查解除前，除登记人及本组织审核人、安全管理员查看外，其他操作一律拒绝并转入保密流程。"),("OUT_OF_SCOPE","Outside the energy data rules (other regulators): it stays graded and visible but is kept out of the NEA important-data catalogue.","不属于能源数据管理范围（由其他主管部门管理）：保留定级并可查看，但不纳入国家能源局重要数据目录备案。"),("NEEDS_REVIEW","The classifier is not sure (content not fully read, or a borderline result): a reviewer must decide, and until then it is handled as core.","分类结果不确定（内容未完整读取或结果存疑）：需由审核人决定，在此之前按核心数据管理。"),("PRODUCTION_CONTROL_ZONE","Power monitoring system data of production control zones I/II: it stays in the zone and crosses only through the isolation devices.","电力监控系统生产控制大区（安全区I/II）数据：应留在本区内，仅经隔离装置跨区传输。")]
BASIS = [("CONTENT","Whole content","全部内容"),("PARTIAL","Part of the content","部分内容"),("UNKNOWN","Content unknown","内容未知")]
BASIS_WHY = [("CONTENT","graded on everything the document contains.","依据文档全部内容定级。"),("PARTIAL","graded on the part that could be read; the rest is unknown.","仅依据可读取的部分定级，其余部分未知。"),("UNKNOWN","nothing of the content could be read: handled as core until a reviewer decides.","未能读取任何内容：在审核前按核心数据管理。")]
EXTR = [("COMPLETE","Complete","完整"),("TRUNCATED","Truncated","已截断"),("PARTIAL","Partial","部分读取"),("ENCRYPTED","Encrypted","已加密"),("UNREADABLE","Unreadable","无法读取"),("EMPTY","Empty","空文件"),("UNSUPPORTED","Unsupported","不支持的格式")]
EXTR_WHY = [("COMPLETE","everything was read.","已读取全部内容。"),("TRUNCATED","the size limit was reached; only the first part was read.","达到读取上限，仅读取了前一部分。"),("PARTIAL","a parser stopped after some text; only that part was read.","解析在读取部分文本后中止，仅读取了该部分。"),("ENCRYPTED","the document, or an entry of an archive, is encrypted or password-protected.","文档或压缩包中的条目已加密或设有密码。"),("UNREADABLE","corrupt or malformed, or no text at all (an image, a scan).","文件损坏或格式错误，或不含文本（图片、扫描件）。"),("EMPTY","0 bytes, or white space only.","0 字节或仅含空白字符。"),("UNSUPPORTED","binary content of a type no parser reads.","无法解析的二进制内容类型。")]
SECTOR = [("POWER_GRID","Power grid","电网"),("POWER_GENERATION","Power generation","发电"),("OIL_GAS","Oil and gas","石油天然气"),("COAL","Coal","煤炭"),("NUCLEAR","Nuclear","核电"),("NEW_ENERGY","New energy","新能源"),("OTHER","Other","其他")]
ORG_FIELD = [("organisation","Organisation","组织标识"),("legalName","Legal name","法定名称"),("uscc","Unified social credit code","统一社会信用代码"),("sector","Sector","行业"),("province","Province","省份"),("filingAuthority","Filing authority","备案主管部门"),("ciio","Critical-information-infrastructure operator","关键信息基础设施运营者"),("dataSecurityOfficer","Data-security officer","数据安全负责人"),("dataSecurityBody","Data-security body","数据安全管理机构")]
EXEMPTION = [("CONTRACT_WITH_INDIVIDUAL","Contract with the individual (art. 5)","订立、履行个人作为一方当事人的合同所必需（第五条）"),("CROSS_BORDER_HR","Cross-border human-resources management (art. 5)","跨境人力资源管理所必需（第五条）"),("EMERGENCY","Emergency: a person's life, health or property (art. 5)","紧急情况下保护自然人生命健康和财产安全所必需（第五条）")]
OBLIGATION_NAME = [("encryption","Encryption","加密"),("masking","Masking","脱敏"),("watermark","Watermark","水印"),("logging","Logging","日志留存"),("recordKeepingYears","Records kept","记录保存"),("contract","Standard contract","标准合同"),("erasure","Erasure with certificate","销毁并出具证明"),("dualControl","Dual control","双人控制"),("separateConsent","Evidence of separate consent","留存单独同意证明"),("secrecyProcess","Route to the secrecy process (possible state secret)","转入保密流程（可能涉及国家秘密）")]

OBL_STATUS = [("OVERDUE","Overdue","已逾期"),("DUE_SOON","Due soon","即将到期"),("UPCOMING","Upcoming","未到期"),("NONE_ON_FILE","None on file","无记录"),("MET","Met","已满足"),("MISSING","Missing","缺失"),("ON_EVENT","When the event happens","事件发生时履行"),("UNKNOWN","Unknown: the facts could not be read","未知：无法读取相关信息")]
FILING_FIELD = [("system","System holding the data","所在系统"),("format","Carrier (form of the data)","数据载体"),("storageLocation","Storage location","存储位置"),("storageRegions","Storage regions","存储地域"),("provinces","Coverage (provinces)","覆盖范围（省份）"),("volume","Volume (records or bytes)","数据量（条数或字节数）"),("volume.records","Records","数据量（条）"),("volume.bytes","Bytes","数据量（字节）"),("volume.distinctPersons","Number of people (personal information)","涉及自然人数"),("purpose","Purpose of processing","处理目的"),("shared","Shared outside the organisation","是否对外共享"),("sharingDetails","Sharing details","共享情况"),("crossBorder","Transferred abroad","是否出境"),("securityMeasures","Security measures","安全保护措施"),("version","Version","版本")]
FILING_KIND = [("NEW","New filing","新增备案"),("UNCHANGED","Unchanged","无变化"),("REFILING_REQUIRED","Re-filing","变更备案"),("DEFILING","De-filing","注销备案"),("INCOMPLETE","Incomplete, not filed","信息不全，未备案")]
SEVERITY = [("GENERAL","General","一般"),("LARGER","Larger","较大"),("MAJOR","Major","重大"),("ESPECIALLY_MAJOR","Especially major","特别重大")]
REPORT_STATUS = [("NOT_REQUIRED","Not required","无需报告"),("DUE","Due","待报告"),("OVERDUE","Overdue","已逾期"),("REPORTED","Reported","已报告"),("REPORTED_LATE","Reported late","逾期报告")]
REPORT_TYPE = [("INITIAL","Initial report","初始报告"),("FINAL","Final report","总结报告")]

def enum(key, var, table):
    m(key, when(var, [(k,en) for k,en,zh in table]), when(var, [(k,zh) for k,en,zh in table]), "String "+var)

enum("level","level",LEVEL); enum("status","status",STATUS); enum("queue_reason","reason",REASON)
enum("effect","effect",EFFECT); enum("action","action",ACTION); enum("approval_status","status",APPROVAL)
enum("assessment_type","type",ASSESS); enum("asset_type","type",TYPE); enum("activity","activity",ACT)
enum("obligation","obligation",OBL); enum("notice","notice",NOTICE)

enum("flag","flag",FLAG); enum("flag_explained","flag",FLAG_WHY); enum("level_basis_label","basis",BASIS)
enum("level_basis_explained","basis",BASIS_WHY); enum("extraction_label","status",EXTR)
m("extraction_explained", when("status",[(k,en) for k,en,zh in EXTR_WHY],False), when("status",[(k,zh) for k,en,zh in EXTR_WHY],False), "String status")
enum("sector","sector",SECTOR); enum("org_field","field",ORG_FIELD); enum("exemption_type","type",EXEMPTION)
enum("decision_obligation","name",OBLIGATION_NAME)
enum("obligation_status","status",OBL_STATUS); enum("filing_field","field",FILING_FIELD); enum("filing_kind","filing",FILING_KIND)
enum("severity","severity",SEVERITY); enum("report_status","status",REPORT_STATUS); enum("report_type","type",REPORT_TYPE)
m("org_hint", when("name",[("uscc","18 characters (GB 32100); the catalog verifies the check character.")],False), when("name",[("uscc","18 位（GB 32100），系统校验末位校验码。")],False), "String name")
m("threshold_metric", when("metric",[("persons","Persons ≥ {atLeast}"),("sensitivePersons","Sensitive persons ≥ {atLeast}")]), when("metric",[("persons","个人信息 {atLeast} 人以上"),("sensitivePersons","敏感个人信息 {atLeast} 人以上")]), "String metric, Object atLeast")

m("app_name","Energy data review console","能源数据分类分级审核台")
m("skip_to_content","Skip to content","跳到主要内容")
m("nav_label","Main","主导航")
m("nav_dashboard","Dashboard","概览")
m("nav_assets","Assets","数据资产")
m("nav_register","Register an asset","登记资产")
m("nav_review","Review queue","审核队列")
m("nav_admin","Security administration","安全管理")
m("nav_audit","Audit","审计")
m("logout","Log out","退出登录")
m("footer","Grades energy data as general, important or core (NEA data security measures).","依据《能源行业数据安全管理办法（试行）》将能源数据分为一般、重要、核心三级。")
m("dashboard_title","Dashboard","概览")
m("welcome","Welcome, {name}.","欢迎，{name}。","String name")
m("stats_heading","Assets","数据资产")
m("stats_by_level","Assets per level","按级别统计")
m("stats_by_status","Assets per status","按状态统计")
m("col_level","Level","级别"); m("col_count","Count","数量"); m("col_status","Status","状态")
m("level_none","Ungraded","未定级")
m("total","Total","合计")
m("queue_heading","Review queue","审核队列")
m("queue_waiting","waiting for review","项资产待审核")
m("queue_open","Open the review queue","打开审核队列")
m("obligations_heading","Obligations due","待履行义务")
m("obligations_none","No obligations are due.","当前没有待履行的义务。")
m("col_obligation","Obligation","义务"); m("col_due","Due","截止日期"); m("col_basis","Basis","依据")
m("recent_heading","Recent changes","最近变更")
m("refiling_no_export","The important-data catalogue has not been exported yet.","重要数据目录尚未导出。")
m("refiling_last","Latest catalogue export: {entries} entries, {refiling} need re-filing —","最近一次目录导出：{entries} 条，其中 {refiling} 条需重新备案 —","Object entries, Object refiling")
m("no_assets","No assets.","没有资产。")
m("col_name","Name","名称"); m("col_updated","Updated","更新时间")
m("assets_title","Assets","数据资产")
m("filter_search","Search","搜索"); m("filter_any","Any","全部"); m("filter_apply","Apply","筛选")
m("assets_found","Assets found: {count}","共 {count} 项资产","Object count")
m("assets_found_many","Assets found: {count} or more","不少于 {count} 项资产","Object count")
m("col_categories","Categories","类别"); m("col_owner","Owner","责任部门")
m("grading_pending","grading pending","待定级")
m("pager_label","Pages","分页")
m("page_previous","Previous","上一页"); m("page_next","Next","下一页")
m("page_of","Page {current} of {total}","第 {current} 页，共 {total} 页","Object current, Object total")
m("register_title","Register an asset","登记数据资产")
m("register_intro","Describe the asset; upload its content to have it graded by content, or leave the file empty to grade it from this description.","填写资产信息；上传内容将按内容定级，不上传文件则按描述定级。")
m("field_file","File","文件")
m("hint_comma_list","Separate several with commas.","多个值用逗号分隔。")
m("hint_file","Optional. Content is streamed to the classifier and never stored; only hashes and masked evidence are kept.","可选。内容仅用于分类，不会被保存；只保留哈希值和脱敏证据。")
m("uploading","Uploading…","正在上传…")
m("register_submit","Register and grade","登记并定级")
m("version","Version","版本")
m("descriptor_heading","Description","资产信息")
m("content","Content","内容")
m("registered","Registered","登记")
m("lineage_exception","Lineage justification","血缘例外说明")
m("retired","Retired","已停用")
m("regrade_due","re-grade due","待重新定级")
m("evidence_heading","Grade and evidence","定级与证据")
m("graded_by", when("source",[("AUTOMATIC","Graded automatically by the classifier"),("REVIEWER","Decided by a reviewer")]), when("source",[("AUTOMATIC","由分类服务自动定级"),("REVIEWER","由审核人决定")]), "String source")
m("rule_pack","Rule pack","规则包"); m("extraction","Extraction","内容提取")
m("reasons_heading","Deciding reasons","定级理由")
m("none","None.","无。")
m("col_source","Source","来源"); m("col_ref","Reference","引用"); m("col_explanation","Explanation","说明")
m("findings_heading","Findings","发现项")
m("findings_shown","{shown} of {all} shown","显示 {shown} / 共 {all}","Object shown, Object all")
m("col_rule","Rule","规则"); m("col_category","Category","类别"); m("col_location","Location","位置")
m("col_snippet","Masked snippet","脱敏片段"); m("col_validator","Validation","校验")
m("no_evidence","Not graded yet.","尚未定级。")
m("proposal_heading","Re-grading proposal","重新定级提议")
m("proposal_intro", when("trigger",[("RULE_PACK_CHANGE","New classification rules propose a change to the grade a reviewer decided. Accept or reject it."),("UPLOAD","A new upload of the content proposes a change to the grade a reviewer decided. Accept or reject it.")],False)+"{#if trigger != 'RULE_PACK_CHANGE' && trigger != 'UPLOAD'}A re-grading proposes a change to the grade a reviewer decided. Accept or reject it.{/if}", when("trigger",[("RULE_PACK_CHANGE","分类规则更新后提议修改已审核的定级，请接受或驳回。"),("UPLOAD","重新上传内容后提议修改已审核的定级，请接受或驳回。")],False)+"{#if trigger != 'RULE_PACK_CHANGE' && trigger != 'UPLOAD'}重新定级提议修改已审核的定级，请接受或驳回。{/if}", "String trigger")
m("before","Before","之前"); m("after","After","之后")
m("field_justification","Justification","理由")
m("proposal_accept","Accept proposal","接受提议"); m("proposal_reject","Reject proposal","驳回提议")
m("second_heading","Second review of a core downgrade","核心数据降级复核")
m("second_intro","{reviewer} lowered the grade from "+when("from",[(k,en.lower()) for k,en,zh in LEVEL])+" to "+when("to",[(k,en.lower()) for k,en,zh in LEVEL])+". A second reviewer must approve or reject.","{reviewer}将定级由"+when("from",[(k,zh) for k,en,zh in LEVEL])+"降为"+when("to",[(k,zh) for k,en,zh in LEVEL])+"，需由第二位审核人批准或驳回。","String reviewer, String from, String to")
m("second_own","You made this downgrade; another reviewer must decide.","此降级由您提出，需由其他审核人决定。")
m("second_approve","Approve downgrade","批准降级"); m("second_reject","Reject downgrade","驳回降级")
m("review_heading","Review the grade","审核定级")
m("review_own","You registered this asset; another reviewer must review it (four eyes).","此资产由您登记，需由其他审核人审核（双人原则）。")
m("field_decision","Decision","决定")
m("decision_confirm","Confirm the grade","确认定级"); m("decision_override","Override the grade","改定级别")
m("field_new_level","Level (override)","级别（改定时）")
m("field_categories","Categories (override, optional)","类别（改定时，可选）")
m("hint_categories","Tick the categories that apply; none ticked keeps the current ones.","勾选适用的类别；不勾选则保持现有类别。")
m("field_lineage_justification","Why it may be below its sources (de-identified or statistical derivatives)","低于来源级别的理由（去标识化或统计衍生数据）")
m("review_submit","Record the review","提交审核")
m("upload_heading","Upload new content","上传新内容")
m("upload_submit","Upload and grade","上传并定级")
m("controls_heading", when("level",[("CORE","How core data is handled"),("IMPORTANT","How important data is handled"),("GENERAL","How general data is handled")]), when("level",[("CORE","核心数据的处理要求"),("IMPORTANT","重要数据的处理要求"),("GENERAL","一般数据的处理要求")]), "String level")
m("controls_basis", when("basis",[("REVIEWED","A reviewer decided the level: these are the rules for it."),("UNREVIEWED","Not reviewed yet: handled as core until a reviewer decides."),("UNGRADED","Not graded yet: handled as core until it is graded and a reviewer decides.")]), when("basis",[("REVIEWED","级别已由审核人确定，适用以下规则。"),("UNREVIEWED","尚未审核：在审核人作出决定前，按核心数据管理。"),("UNGRADED","尚未定级：在完成定级并经审核人决定前，按核心数据管理。")]), "String basis, String level, String graded")
enum("control_effect","effect",[("PERMIT","Allowed.","允许。"),("APPROVAL_REQUIRED","Only with a security administrator's approval.","须经安全管理员审批。"),("DENY","Not allowed.","不允许。")])
enum("control_with_assessments","effect",[("PERMIT","Once every required assessment is on file: allowed.","所需评估齐全后：允许。"),("APPROVAL_REQUIRED","Once every required assessment is on file: with a security administrator's approval.","所需评估齐全后：须经安全管理员审批。"),("DENY","Even with every assessment on file: not allowed.","即使评估齐全：仍不允许。")])
m("col_action","Action","操作")
m("lineage_heading","Lineage","数据血缘")
m("lineage_floor","Lowest level allowed by the sources:","来源决定的最低级别：")
m("col_direction","Direction","方向"); m("col_method","Method","方式")
m("lineage_source","Source","来源"); m("lineage_derived","Derived","衍生")
m("history_heading","History","历史")
m("gradings_heading","Gradings","定级记录")
m("col_when","When","时间"); m("col_trigger","Trigger","触发原因"); m("col_proposal","Proposal","提议")
m("reviews_heading","Reviews","审核记录")
m("col_reviewer","Reviewer","审核人"); m("col_change","Change","变更"); m("col_state","State","状态")
m("review_queue_title","Review queue","审核队列")
m("review_queue_intro","Highest risk first: second reviews and core, then important, then uncertain results; oldest first within each.","按风险排序：待复核与核心优先，其次重要，再次结果不确定的资产；同级按时间先后。")
m("queue_total","{count} in the queue","队列中共 {count} 项","Object count")
m("queue_empty","Nothing to review.","没有待审核的资产。")
m("col_reason","Why","原因")
m("admin_title","Security administration","安全管理")
m("approvals_heading","Approval requests","审批申请")
m("approvals_none","No approval requests.","没有审批申请。")
m("col_requested","Requested","申请时间"); m("col_requester","Requester","申请人"); m("col_asset","Asset","资产"); m("col_decide","Decide","处理")
m("dual_control","dual control: first approved by {first}","双人审批：第一审批人为{first}","String first")
m("expires","expires","有效期至")
m("approval_own","Your own request: another security-admin decides.","您本人的申请，需由其他安全管理员处理。")
m("field_expires_on","Valid until","有效期至"); m("field_comment","Comment","备注")
m("approve","Approve","批准"); m("reject","Reject","驳回")
m("assessments_heading","Assessments on file","已备案评估")
m("field_assessment_type","Assessment","评估类型"); m("field_reference","Reference","文号"); m("field_scope","Scope","范围")
m("field_asset_ids","Asset ids (empty: the whole organisation)","资产编号（留空表示整个组织）")
m("hint_asset_ids","Separate several with commas or spaces.","多个编号用逗号或空格分隔。")
m("field_valid_from","Valid from","生效日期"); m("field_valid_until","Valid until","失效日期")
m("assessment_submit","Record the assessment","记录评估")
m("assessments_none","No assessments on file.","暂无评估记录。")
m("col_validity","Validity","有效期")
# Values of the catalog's history (grading source and trigger, proposal status, review decision and state, reason
# source, lineage method), unknown ones shown as they are.
TERMS = [("AUTOMATIC","Classifier","分类服务"),("REVIEWER","Reviewer","审核人"),
 ("UPLOAD","Upload","上传"),("DESCRIPTOR","Description","按描述"),("RETRY","Retry","重试"),("RULE_PACK_CHANGE","New rules","规则更新"),("REVIEW","Review","审核"),
 ("OPEN","Open","待处理"),("ACCEPTED","Accepted","已接受"),("REJECTED","Rejected","已驳回"),("SUPERSEDED","Superseded","已被取代"),("NO_CHANGE","No change","无变化"),
 ("CONFIRM","Confirmed","确认"),("OVERRIDE","Changed","调整"),("ACCEPT_PROPOSAL","Proposal accepted","接受提议"),("REJECT_PROPOSAL","Proposal rejected","驳回提议"),
 ("APPLIED","Applied","已生效"),("AWAITING_SECOND_REVIEW","Awaiting second review","待复核"),
 ("RULE","Rule","规则"),("THRESHOLD","Threshold","阈值"),("FORMAT","File format","文件格式"),("EXTRACTION","Content reading","内容读取"),("LINEAGE","Lineage","数据血缘"),
 ("COPY","Copy","复制"),("EXTRACT","Extract","抽取"),("DEIDENTIFIED","De-identified","去标识化"),("STATISTICS","Statistics","统计"),("FUSED","Fused","融合")]
enum("term","value",TERMS); m("col_recorded","Recorded","记录")
m("valid_today","valid today","当前有效")
m("exports_heading","Important-data catalogue exports","重要数据目录导出")
m("exports_intro","Exports the important and core assets with the filing fields for the provincial energy authority; every export is recorded.","导出重要和核心数据资产及备案字段，用于报送省级能源主管部门；每次导出均有记录。")
m("export_csv","Download CSV","下载 CSV"); m("export_json","Download JSON","下载 JSON")
m("exports_none","No exports yet.","尚无导出记录。")
m("exports_history","Export history","导出历史")
m("col_format","Format","格式"); m("col_entries","Entries","条目"); m("col_refiling","Re-filing","需重新备案"); m("col_by","By","操作人")
m("audit_title","Audit","审计")
m("verify_heading","Audit trail chain","审计链校验")
m("chain_valid","The hash chain of {records} records is intact.","共 {records} 条记录，哈希链完整。","Object records")
m("chain_broken","The hash chain of {records} records is broken at record {seq}","共 {records} 条记录，哈希链在第 {seq} 条处断裂","Object records, Object seq")
m("verify_again","Verify again","重新校验")
m("decisions_heading","Decision log","决策日志")
m("col_effect","Effect","结果"); m("col_reasons","Reasons","理由")
m("decisions_none","No decisions.","没有决策记录。")
m("nav_organisation","Organisation","组织信息")
m("nav_ledger","Cross-border ledger","出境台账")
m("yes","Yes","是"); m("no","No","否")
m("org_title","Organisation profile","组织信息")
m("org_profile_heading","Profile","基本信息")
m("org_none","Your organisation has no profile yet.","本组织尚未填写组织信息。")
m("org_missing_intro","The organisation holds important or core data, so its profile must also name (DSL art. 27; NDSMR art. 30):","本组织持有重要或核心数据，组织信息还须填写（《数据安全法》第二十七条；《能源行业数据安全管理办法》第三十条）：")
m("org_holds_important","Holds important or core data","持有重要或核心数据")
m("org_edit_heading","Edit the profile","编辑组织信息")
m("org_officer_hint","The data-security officer and body are required once the organisation holds important or core data.","组织持有重要或核心数据后，须填写数据安全负责人和数据安全管理机构。")
m("org_save","Save the profile","保存组织信息")
m("ciio_option_yes","Yes: a critical-information-infrastructure operator","是：关键信息基础设施运营者")
m("ciio_option_no","No","否")
m("ciio_yes_explained","As a critical-information-infrastructure operator, the organisation may send any personal information or important data abroad only with a CAC security assessment on file (for personal information, unless an art. 5 exemption is claimed), whatever the number of people (Provisions on cross-border data flows art. 7(1); PIPL art. 40).","本组织为关键信息基础设施运营者：无论涉及人数多少，向境外提供任何个人信息或重要数据均须已通过网信部门数据出境安全评估（个人信息主张第五条豁免的除外）（《促进和规范数据跨境流动规定》第七条第一项；《个人信息保护法》第四十条）。")
m("ciio_no_explained","As an organisation that is not a critical-information-infrastructure operator, it sends personal information abroad under this year's cumulative thresholds (standard contract from 100 000 people or for any sensitive personal information, CAC security assessment from 1 million people or 10 000 people's sensitive personal information), and important data only with a CAC security assessment (Provisions on cross-border data flows art. 7/8).","本组织不是关键信息基础设施运营者：个人信息出境按本年度累计人数适用门槛（10万人以上或任何敏感个人信息须订立标准合同，100万人以上或1万人以上敏感个人信息须通过安全评估），重要数据出境须通过安全评估（《促进和规范数据跨境流动规定》第七条、第八条）。")
m("ciio_unknown_explained","Without a profile saying otherwise, the policy service treats the organisation as a critical-information-infrastructure operator (fail closed): any personal information or important data abroad needs a CAC security assessment.","在组织信息另有说明之前，策略服务按关键信息基础设施运营者处理（默认从严）：任何个人信息或重要数据出境均须通过安全评估。")
m("flags_heading","Flags and secrecy review","标记与保密审查")
m("secrecy_pending","Awaiting the secrecy review: actions on this asset are denied and routed to the secrecy process, except VIEW by its registrant and the organisation's reviewers and security-admins.","待保密审查：除登记人及本组织审核人、安全管理员查看外，对此资产的操作一律拒绝并转入保密流程。")
m("secrecy_cleared","The secrecy review cleared this asset (reference {reference}, recorded by {by})","保密审查已解除（文号 {reference}，记录人 {by}）","String reference, String by")
m("secrecy_form_intro","Record the secrecy office's decision that the asset is not a state secret. The flag stays on the asset; the policy service stops denying.","记录保密部门认定此资产不属于国家秘密的结论。标记仍保留在资产上，策略服务将不再拒绝。")
m("secrecy_reference","Reference of the secrecy decision","保密审查结论文号")
m("secrecy_submit","Record the clearance","记录解除结论")
m("level_basis","Grade based on","定级依据")
m("extraction_reason","Reason","原因")
m("exemption_claimed","Exemption claimed","主张豁免")
m("exemption_reason","Reason","理由")
m("col_obligations","Obligations","义务")
m("ledger_title","Cross-border ledger","出境台账")
m("ledger_intro","Personal information the policy service permitted abroad, per calendar year (Asia/Shanghai); each export is added to this year's total, and the export thresholds apply to the total plus the request.","策略服务允许出境的个人信息，按自然年（北京时间）统计；每次出境计入本年度累计，出境门槛按累计数加本次申请计算。")
m("ledger_year","Year","年度")
m("ledger_totals_heading","Totals of {year}","{year} 年累计","Object year")
m("ledger_totals_heading_current","Totals of this year","本年度累计")
m("ledger_persons","Persons","人数")
m("ledger_sensitive_persons","Sensitive persons","敏感个人信息人数")
m("ledger_counting","Entries are added up, never deduplicated: overlap between assets is unknown, so the count errs on the strict side.","各条目直接累加、不去重：资产之间的重叠情况未知，因此按从严原则计数。")
m("thresholds_caption","Thresholds of the loaded policies (以上 includes the number)","已加载策略中的门槛（“以上”含本数）")
m("col_threshold","Threshold","门槛")
m("col_this_year","This year","本年度")
m("threshold_not_ciio","not a CIIO","非关键信息基础设施运营者")
m("threshold_reached","Reached","已达到")
m("threshold_remaining","{remaining} to go","距门槛 {remaining}","Object remaining")
m("thresholds_none","No policy sets a cumulative threshold.","没有策略设置累计门槛。")
m("ledger_entries_heading","Entries","台账条目")
m("ledger_entries_count","{count} entries this year","本年度共 {count} 条","Object count")
m("ledger_empty","No personal information was permitted abroad this year.","本年度没有允许出境的个人信息。")
m("col_country","Country","国家/地区")
m("col_hash","Hash","哈希")
m("ledger_approval","approval","审批")
m("ledger_verify_heading","Ledger chain","台账哈希链校验")
m("ledger_chain_valid","The ledger's hash chain of {records} entries is intact.","共 {records} 条台账记录，哈希链完整。","Object records")
m("ledger_chain_broken","The ledger's hash chain of {records} entries is broken at entry {seq}","共 {records} 条台账记录，哈希链在第 {seq} 条处断裂","Object records, Object seq")
# issue 13: filing fields, exports, incidents, inventory. Plain labels are grouped in keyed messages
# ({msg:filing_text('filing_heading')}): the bundle must stay at 300 messages or fewer (see the check at the end).
FILING_TEXT = [("filing_heading","Filing with the energy authority","目录备案"),
 ("filing_missing_intro","Graded important or core: the important-data catalogue cannot file this asset until these fields are filled:","已定为重要或核心数据：以下字段填写完整后方可纳入重要数据目录备案："),
 ("filing_form_intro","Fill in the filing fields. A number left empty stays as it is; clearing a text or a list removes it.","填写备案字段。留空的数字保持不变；清除文本或列表即删除原值。"),
 ("filing_missing_tag","missing","缺失"),
 ("filing_submit","Save the filing fields","保存备案字段"),
 ("filing_refusal_intro","The catalog did not accept the filing fields:","目录服务未接受备案字段："),
 ("refiling_overdue","overdue","已逾期"),
 ("refiling_reason","Why","原因"),
 ("export_xlsx","Download XLSX","下载 XLSX"),
 ("col_filed","Filed","已备案"),("col_incomplete","Incomplete","信息不全"),("col_defiling","De-filing","注销备案"),("col_download","Download again","重新下载"),
 ("export_not_kept","not kept (made before the catalogue was stored)","未保存（早于目录留存功能）"),
 ("refiling_due_heading","Changes to file","待变更备案"),
 ("refiling_due_intro","Filed entries whose change has not been filed yet: file them within 3 months of the change (re-filing, or de-filing of an entry that left the catalogue). The next export files them.","已备案条目发生变更但尚未备案：须在变更后3个月内备案（变更备案，或对退出目录的条目注销备案）。下次导出时一并报送。"),
 ("refiling_due_none","No filed entry has an unfiled change.","没有待变更备案的条目。"),
 ("col_filed_level","Level on file","备案级别"),("col_filing","Filing","备案类型"),("col_changed","Changed","变更时间"),("col_due_by","Due by","截止日期"),
 ("refiling_due_link","See the changes to file","查看待变更备案")]
INCIDENT_TEXT = [("nav_incidents","Incidents","安全事件"),
 ("incidents_title","Cybersecurity incidents","网络安全事件"),
 ("incidents_intro","Incidents of the organisation and the reports owed to the authorities: for an incident rated larger (较大) or above, the initial report within 1 hour of discovery for a critical-information-infrastructure operator, 4 hours otherwise; the final report within 30 days.","本组织的网络安全事件及应向主管部门报送的报告：较大及以上事件，关键信息基础设施运营者须在发现后1小时内、其他组织须在4小时内初始报告；30日内提交总结报告。"),
 ("incidents_none","No incidents recorded.","暂无事件记录。"),
 ("incident_record_heading","Record an incident","记录事件"),
 ("field_severity","Severity (your assessment)","事件级别（自评）"),
 ("hint_severity","A leak of the personal information of 1 000 000 people or more is rated larger at least.","泄露100万人以上个人信息的，至少定为较大事件。"),
 ("field_persons_affected","People affected","影响人数"),
 ("field_discovered_at","Discovered at (UTC)","发现时间（UTC）"),
 ("field_incident_description","What happened (no personal data)","事件经过（不含个人信息）"),
 ("incident_submit","Record the incident","记录事件"),
 ("col_discovered","Discovered","发现时间"),("col_severity","Severity","级别"),("col_persons","People","人数"),("col_description","Description","描述"),
 ("incident_declared","declared","自评"),("incident_raised_by","raised by","上调依据"),
 ("incident_ciio","CIIO","关键信息基础设施运营者"),("incident_not_ciio","not a CIIO","非关键信息基础设施运营者"),
 ("report_due","due","截止"),("report_to","to","报送"),
 ("field_report_reference","Reference","文号"),("field_report_recipient","Recipient (optional)","接收机关（可选）"),
 ("field_reported_at","Reported at (UTC, empty: now)","报告时间（UTC，留空为当前时间）"),
 ("incident_overdue","a report is overdue","有报告已逾期")]
INVENTORY_TEXT = [("inventory_heading","Personal information in the catalogue","目录中的个人信息"),
 ("inventory_assets","Assets holding personal information","含个人信息的资产"),("inventory_assets_minors","of them with minors' personal information","其中含未成年人个人信息"),
 ("inventory_persons","People (added up per asset, an upper bound)","人数（按资产累加，为上限）"),("inventory_sensitive","People with sensitive personal information","敏感个人信息人数"),
 ("inventory_minors","Minors","未成年人"),("inventory_children","Children under 14","不满14周岁儿童"),
 ("inventory_holds_minors","Holds minors' personal information","持有未成年人个人信息"),
 ("inventory_scale","Personal information of 10 million people or more (important-data processor duties)","处理1000万人以上个人信息（重要数据处理者义务）"),
 ("unknown","Unknown","未知")]
REG_FIELD = [("name","Name","名称"),("description","Description","描述"),("type","Type","类型"),("energyActivity","Energy activity","能源活动环节"),("ownerDepartment","Owner department","责任部门"),("ownerContact","Owner contact","联系人"),("system","System","所属系统"),("provinces","Provinces","涉及省份"),("purpose","Purpose","处理目的"),("file","File","文件"),
 ("justification","Justification","理由"),("lineageJustification","Lineage justification","血缘例外说明"),("level","Level","级别"),("categories","Categories","类别"),
 ("version","Version","版本"),("reference","Reference","文号"),("comment","Comment","备注"),("reason","Reason","原因"),("scope","Scope","范围"),
 ("expiresOn","Valid until","有效期至"),("validFrom","Valid from","生效日期"),("validUntil","Valid until","失效日期"),("assetIds","Assets","资产"),
 ("severity","Severity","级别"),("personsAffected","People affected","影响人数"),("discoveredAt","Discovered at","发现时间"),("reportedAt","Reported at","报告时间"),
 ("recipient","Recipient","接收机关")]
FORM_PROBLEM = [("required","Required: fill this in.","必填项，请填写。"),("too-long","Too long: shorten it.","内容过长，请缩短。"),
 ("file-empty","The file is empty (0 bytes). Choose the file with the content, or leave this field empty to grade from the description.","文件为空（0 字节）。请选择有内容的文件，或不选文件，按描述定级。"),
 ("file-unreadable","The file could not be read, so the asset is not graded yet. Choose the file again (or another export of it) and submit, or leave this field empty to grade from the description.","无法读取该文件，资产尚未定级。请重新选择该文件（或另行导出的文件）后提交，或不选文件，按描述定级。"),
 ("file-missing","Choose a file to upload.","请选择要上传的文件。"),
 ("not-a-number","A whole number of 0 or more.","请填写不小于 0 的整数。"),("date-format","A date as YYYY-MM-DD.","日期格式为 YYYY-MM-DD。"),("time-format","A time as YYYY-MM-DDTHH:MM (UTC).","时间格式为 YYYY-MM-DDTHH:MM（UTC）。"),
 ("invalid","Not accepted:","未被接受：")]
REG_TEXT = [("not_registered_heading","The asset was not registered. Correct the fields below and submit again.","资产未登记。请修改以下字段后重新提交。"),
 ("not_graded_heading","The asset is registered but not graded yet.","资产已登记，但尚未定级。"),
 ("kept_intro","Submitting again grades this asset; no second asset is registered. You can also open it to retire it.","再次提交将为此资产定级，不会重复登记。也可以打开该资产将其退役。"),
 ("kept_open","Open the registered asset","打开已登记的资产"),
 ("grade_again","Grade the registered asset","为已登记的资产定级"),
 ("ungraded_heading","Not graded","尚未定级"),
 ("ungraded_text","This asset has no grade: its grading failed (for example, its file could not be read) or never ran. Until it is graded and reviewed it is handled as core.","此资产尚无定级：定级失败（例如文件无法读取）或未执行。在完成定级和审核前，按核心数据管理。"),
 ("ungraded_retry_upload","Try again with the file:","重新上传文件：") ,
 ("grade_from_description","Grade from the description","按描述定级"),
 ("retire_reason","Reason for retiring it","退役原因"),
 ("retire_submit","Retire the asset","退役此资产")]
enum("reg_field","field",REG_FIELD); enum("form_problem","code",FORM_PROBLEM); enum("reg_text","key",REG_TEXT)
# The console's own refusals (before any backend saw the request), by problem slug.
enum("refusal_title","problem",[("nothing-ticked","Nothing ticked","未勾选任何资产"),("justification-missing","No justification","未填写理由"),("file-missing","No file","未选择文件"),("file-empty","Empty file","文件为空"),("invalid-date","Invalid date","日期无效"),("invalid-time","Invalid time","时间无效"),("invalid-number","Invalid number","数字无效")])
enum("refusal_detail","problem",[(k,en,zh) for k,en,zh in FORM_PROBLEM if k in ("file-missing","file-empty")]+[("nothing-ticked","Tick at least one grade to confirm, then submit again.","请至少勾选一项待确认的定级后重新提交。"),("justification-missing","Give the justification for the grades you confirm.","请填写确认定级的理由。"),("invalid-date","Use the form YYYY-MM-DD.","请按 YYYY-MM-DD 格式填写日期。"),("invalid-time","Use the form YYYY-MM-DDTHH:MM (UTC).","请按 YYYY-MM-DDTHH:MM（UTC）格式填写时间。"),("invalid-number","Numbers are whole numbers of 0 or more.","数字应为不小于 0 的整数。")])
m("grading_unavailable","Grading is not possible right now ({service} cannot be reached). The asset is registered: submit again in a moment.","暂时无法定级（无法连接 {service}）。资产已登记，请稍后重新提交。","String service")
m("colon",": ","：")
m("location_part", when("kind",[("page","page {value}"),("sheet","sheet {value}"),("row","row {value}"),("column","column {value}"),("line","line {value}")],False), when("kind",[("page","第 {value} 页"),("sheet","工作表 {value}"),("row","第 {value} 行"),("column","第 {value} 列"),("line","文本第 {value} 行")],False), "String kind, String value")
# Plain labels added since issue 15, grouped to stay within the 300-message limit.
UI_TEXT = [("not_found_title","Page not found.","页面不存在。"),
 ("controls_conditions","Conditions:","条件："),
 ("review_override_legend","Only when overriding the grade","仅在改定级别时填写"),
 ("col_waiting","Waiting","等待时长"),
 ("bulk","bulk","批量"),
 ("dual_control_none_yet","dual control: two security administrators must approve","双人审批：须经两名安全管理员批准"),
 ("queue_nothing_to_decide","Nothing here for you to decide.","没有需要您处理的项目。"),
 ("queue_not_yours_heading","Waiting for another reviewer","等待其他审核人处理"),
 ("queue_not_yours_intro","You cannot decide these: you registered the asset (four eyes), or the core downgrade awaiting its second review is yours.","以下项目您不能处理：资产由您登记（双人原则），或待复核的核心数据降级由您提出。"),
 ("not_found_detail","There is no page at this address. Check the link, or start again from the dashboard.","此地址没有对应的页面。请检查链接，或从概览页重新开始。")]
enum("ui_text","key",UI_TEXT)
QUEUE_WHY = [("SECOND_REVIEW","A reviewer lowered a core grade: a second reviewer must approve or reject it.","审核人降低了核心数据的级别，需由第二位审核人批准或驳回。"),
 ("PROPOSAL","A re-grading proposes to change a grade a reviewer decided: accept or reject it.","重新定级提议修改已审核的级别，请接受或驳回。"),
 ("CORE","Graded core by the classifier: a reviewer must confirm or correct it.","分类服务定为核心数据，需由审核人确认或改定。"),
 ("IMPORTANT","Graded important by the classifier: a reviewer must confirm or correct it.","分类服务定为重要数据，需由审核人确认或改定。"),
 ("UNCERTAIN","The classifier is not sure (content not fully read, or a borderline result): handled as core until reviewed.","分类结果不确定（内容未完整读取或结果存疑），审核前按核心数据管理。"),
 ("PROPOSED","Graded general by the classifier: waiting for a reviewer to confirm it.","分类服务定为一般数据，等待审核人确认。")]
m("queue_why", when("reason",[(k,en) for k,en,zh in QUEUE_WHY],False), when("reason",[(k,zh) for k,en,zh in QUEUE_WHY],False), "String reason")
m("queue_age", when("unit",[("DAYS","{age} days"),("HOURS","{age} hours"),("LESS_THAN_HOUR","less than an hour")],False), when("unit",[("DAYS","{age} 天"),("HOURS","{age} 小时"),("LESS_THAN_HOUR","不到 1 小时")],False), "String unit, long age")
m("queue_blocked", when("by",[("OWN_REGISTRATION","You registered this asset: another reviewer decides."),("OWN_DOWNGRADE","Your downgrade: another reviewer decides.")],False), when("by",[("OWN_REGISTRATION","此资产由您登记，由其他审核人处理。"),("OWN_DOWNGRADE","此降级由您提出，由其他审核人处理。")],False), "String by")
enum("filing_text","key",FILING_TEXT); enum("incident_text","key",INCIDENT_TEXT); enum("inventory_text","key",INVENTORY_TEXT)
m("refiling_due_by","Re-filing due by {due}","须于 {due} 前变更备案","Object due")
m("refiling_due_summary","{count} filed entries have an unfiled change, {overdue} overdue; the earliest is due by {due}.","{count} 条已备案条目有未备案的变更，其中 {overdue} 条已逾期；最早截止日期为 {due}。","Object count, Object overdue, Object due")
m("incidents_total","{count} incidents","共 {count} 起事件","Object count")
m("report_made","reported, reference {reference}:","已报告，文号 {reference}：","String reference")
m("report_submit", when("type",[("INITIAL","Record the initial report"),("FINAL","Record the final report")]), when("type",[("INITIAL","记录初始报告"),("FINAL","记录总结报告")]), "String type")
m("inventory_unknown","Unknown: the catalog's inventory could not be read ({problem}). The duties derived from it are listed as unknown, not as absent.","未知：无法读取目录服务的资产清单（{problem}）。由此得出的义务显示为“未知”，而非“无”。","String problem")
m("error_title","Error {status}","错误 {status}","Object status")
m("unavailable_title","Service unavailable.","服务暂不可用。")
m("unavailable_detail","{service} cannot be reached right now. Please try again in a moment.","暂时无法连接 {service}，请稍后再试。","String service")
m("unavailable_panel","Service unavailable: {service} cannot be reached right now.","服务暂不可用：暂时无法连接 {service}。","String service")
m("forbidden_title","Not allowed.","无权访问。")
m("forbidden_detail","Your roles do not allow this page or action.","您的角色无权访问此页面或执行此操作。")
m("csrf_title","The form could not be accepted.","表单未被接受。")
m("csrf_detail","It has expired or did not come from this console (missing or wrong security token). Reload the page and submit the form again.","表单已过期或并非来自本审核台（安全令牌缺失或不正确）。请刷新页面后重新提交。")
m("error_source","Reported by {service}.","来源：{service}。","String service")
m("go_back","Go back","返回")
m("unexpected_title","Something went wrong.","出现了意外错误。")
m("unexpected_detail","Please try again. If it happens again, give the administrator this reference: {reference}.","请重试。如果问题仍然存在，请将此编号告知管理员：{reference}。","String reference")
m("logged_out_title","Logged out","已退出登录")
m("logged_out_text","You have been logged out.","您已退出登录。")
m("login_again","Log in again","重新登录")

# issue 16: discovery pages. One keyed message for every label, kind, state, outcome, count and field
# ({msg:discovery('state.' + scan.state)}), to stay within the 300-message limit.
DISCOVERY = [("nav","Discovery","数据发现"),
 ("discovered_in","Found by discovery in","数据发现来源"),("last_seen","last seen","最近发现于"),
 ("sources_title","Data sources","数据源"),
 ("sources_intro","Databases, object stores and file systems of the organisation that discovery scans: every table and object found is graded by the classifier and kept in step in the catalogue.","本组织纳入数据发现扫描的数据库、对象存储和文件系统：发现的每个数据表和对象均由分类服务定级，并同步到数据目录。"),
 ("sources_none","No data sources registered yet.","尚未登记数据源。"),
 ("source_new","Register a data source","登记数据源"),
 ("source_edit","Edit the data source","编辑数据源"),
 ("source_save","Save the data source","保存数据源"),
 ("source_edit_link","Edit","编辑"),
 ("source_refused","The data source was not saved. Correct the fields below and submit again.","数据源未保存。请修改以下字段后重新提交。"),
 ("source_unavailable","The data source was not saved: discovery-service cannot be reached right now. What you typed is kept (type the password again); submit in a moment.","数据源未保存：暂时无法连接数据发现服务。已保留填写的内容（密码需重新填写），请稍后再提交。"),
 ("col_kind","Kind","类型"),("col_location","Location","位置"),("col_department","Department","部门"),("col_credentials","Credentials","凭据"),("col_schedule","Schedule","扫描计划"),
 ("section_where","Where it is","位置"),("section_credentials","Credentials","凭据"),("section_sampling","Sampling and limits","抽样与限制"),("section_schedule","Schedule","扫描计划"),
 ("credentials_intro","Credentials are write-only: they are stored encrypted or read from a Kubernetes Secret, and never shown again. Use a read-only account.","凭据只写不读：加密保存或从 Kubernetes Secret 读取，之后不再显示。请使用只读账号。"),
 ("credentials_keep","Leave the password empty to keep the stored credentials.","密码留空则保留已保存的凭据。"),
 ("hint_schemas","Schemas to scan, separated by commas; empty: all the account may read.","要扫描的模式，以逗号分隔；留空则扫描该账号可读取的全部模式。"),
 ("hint_cron","A cron expression (seconds first), e.g. 0 0 2 * * ? for 02:00 every day; empty: only by hand.","cron 表达式（秒在前），例如 0 0 2 * * ? 表示每天 02:00；留空则仅手动扫描。"),
 ("hint_window","Scans run only inside this window (a scan started outside it waits).","仅在此时间窗口内扫描（窗口外发起的扫描将等待）。"),
 ("hint_credentials_ref","Instead of a password: the name of a mounted Kubernetes Secret holding username and password.","也可不填密码，改填已挂载的 Kubernetes Secret 名称（含用户名和密码）。"),
 ("no_schedule","by hand only","仅手动"),
 ("scans_heading","Scan history","扫描历史"),
 ("scans_none","Not scanned yet.","尚未扫描。"),
 ("scan_start_heading","Scan now","立即扫描"),
 ("scan_mode","Mode","方式"),
 ("scan_start","Start the scan","开始扫描"),
 ("scan_title","Scan","扫描"),
 ("scan_of","Scan of","扫描对象"),
 ("scan_refresh","Refresh","刷新"),
 ("scan_progress_label","Progress","进度"),
 ("scan_error","The scan could not run:","扫描无法进行："),
 ("items_heading","Tables and objects","数据表和对象"),
 ("items_none","Nothing in this scan yet.","本次扫描暂无结果。"),
 ("col_key","Table or object","数据表或对象"),("col_outcome","Outcome","结果"),("col_reason","Why","原因"),("col_asset","Catalogue asset","目录资产"),
 ("col_started","Started","开始时间"),("col_finished","Finished","结束时间"),("col_requested_by","Requested by","发起人"),
 ("open_asset","open","打开"),("partly_read","partly read","部分读取"),("persons","people","人"),
 ("kind.JDBC","Database (JDBC)","数据库（JDBC）"),("kind.S3","Object storage (S3)","对象存储（S3）"),("kind.FILESYSTEM","File system","文件系统"),
 ("item.TABLE","Table","数据表"),("item.OBJECT","Object","对象"),("item.FILE","File","文件"),
 ("cred.STORED","Stored, encrypted","已加密保存"),("cred.REFERENCED","From a Kubernetes Secret","引用 Kubernetes Secret"),("cred.NONE","None","无"),
 ("mode.INCREMENTAL","Incremental: what changed","增量：仅扫描变化部分"),("mode.FULL","Full: everything again","全量：全部重新扫描"),
 ("state.QUEUED","Queued","排队中"),("state.WAITING_FOR_WINDOW","Waiting for its time window","等待扫描时间窗口"),("state.RUNNING","Running","扫描中"),("state.SUCCEEDED","Finished","已完成"),("state.PARTLY_FAILED","Finished, some items failed","已完成，部分失败"),("state.FAILED","Failed","失败"),("state.CANCELLED","Cancelled","已取消"),
 ("outcome.GRADED","Graded","已定级"),("outcome.UNCHANGED","Unchanged","无变化"),("outcome.SKIPPED","Skipped","已跳过"),("outcome.FAILED","Failed","失败"),
 ("catalog.CREATED","added to the catalogue","已登记到目录"),("catalog.GRADED","re-graded","已重新定级"),("catalog.PROPOSED","re-grading proposed to a reviewer","已提交重新定级提议"),("catalog.UNCHANGED","catalogue unchanged","目录未变"),
 ("basis.EXACT","counted","精确计数"),("basis.ESTIMATE","estimated","估算"),
 ("trigger.MANUAL","by hand","手动"),("trigger.SCHEDULE","scheduled","定时"),
 ("count.total","To scan","待扫描"),("count.seen","Seen","已发现"),("count.sampled","Sampled","已抽样"),("count.graded","Graded","已定级"),("count.unchanged","Unchanged","无变化"),("count.skipped","Skipped","已跳过"),("count.failed","Failed","失败"),
 ("field.name","Name","名称"),("field.kind","Kind","类型"),("field.description","Description","描述"),("field.department","Department","部门"),
 ("field.jdbcUrl","JDBC URL","JDBC 地址"),("field.jdbcSchemas","Schemas","模式"),
 ("field.s3Endpoint","Endpoint","服务地址"),("field.s3Region","Region","区域"),("field.s3Bucket","Bucket","存储桶"),("field.s3Prefix","Prefix","前缀"),("field.s3PathStyle","Path-style addressing (MinIO, Ceph)","路径风格访问（MinIO、Ceph）"),
 ("field.filesystemRoot","Mounted directory","挂载目录"),
 ("field.credentialsUsername","User name","用户名"),("field.credentialsPassword","Password","密码"),("field.credentialsRef","Kubernetes Secret name","Kubernetes Secret 名称"),("field.credentials","Credentials","凭据"),
 ("field.samplingRowsPerTable","Rows sampled per table","每表抽样行数"),("field.samplingObjectBytes","Bytes read per object","每个对象读取字节数"),("field.samplingMaxObjects","Objects at most","对象数上限"),
 ("field.scheduleCron","Schedule (cron)","扫描计划（cron）"),("field.scheduleWindowFrom","Window from","时间窗口起"),("field.scheduleWindowTo","Window to","时间窗口止"),("field.scheduleWindowZone","Time zone","时区"),
 ("field.maxConnections","Connections at most","最大连接数"),("field.statementTimeoutSeconds","Statement timeout (seconds)","语句超时（秒）")]
enum("discovery","key",DISCOVERY)
m("scan_progress","{done} of {total} tables and objects done ({percent} %)","已完成 {done} / {total} 个数据表和对象（{percent}%）","Object done, Object total, Object percent")

# issue 15 item 2: the evidence view (findings by category, the proposal's changes with their findings).
EVIDENCE = [("other_findings","Findings without a category","未归类的发现项"),
 ("glossary_missing","Category names could not be read from the classifier right now: categories are shown by their ids.","暂时无法从分类服务读取类别名称，以下以类别编号显示。"),
 ("changes_heading","What changes, and the findings behind it","变更内容及其依据"),
 ("change.ADDED","Found now","新发现"),("change.REMOVED","No longer found","不再发现"),
 ("no_listed_findings","No finding of this category is listed: it was found from the description, the file format or a threshold.","未列出该类别的具体发现项：系依据描述、文件格式或阈值认定。"),
 ("finding_rule","rule","规则")]
enum("evidence_text","key",EVIDENCE)
m("findings_in_category","found {count} times","发现 {count} 处","Object count")

# issue 15 item 6: dashboard charts.
CHART = [("by_category","Assets per category (the 10 most frequent)","按类别统计（前 10 类）"),
 ("click_hint","Select a slice or bar to list those assets.","点击图形中的扇区或条形可查看对应资产。")]
enum("chart_text","key",CHART)

# issue 15 item 7: the audit-record list and the CSV exports.
AUDIT = [("records_title","Audit records","审计记录"),
 ("records_intro","Every change the catalog recorded for the organisation, newest first, as stored in the hash chain (no content).","目录服务为本组织记录的每项变更，按时间倒序，与哈希链中的存储一致（不含数据内容）。"),
 ("records_none","No audit record matches.","没有符合条件的审计记录。"),
 ("records_csv","Download these records as CSV","下载符合条件的记录（CSV）"),
 ("decisions_csv","Download the decision log as CSV","下载决策日志（CSV）"),
 ("col_actor","Actor","操作者"),("on_behalf_of","on behalf of","代表"),("col_summary","What","内容"),
 ("field_from","From (date)","起始日期"),("field_to","To (date)","截止日期"),
 ("first_page","Newest","最新"),("older","Older","更早")]
enum("audit_text","key",AUDIT)
m("audit_action", when("action",[("REGISTERED","Registered"),("UPDATED","Updated"),("GRADING_PENDING","Grading pending"),("REVIEWED","Reviewed"),("DOWNGRADE_REQUESTED","Core downgrade requested"),("DOWNGRADE_APPROVED","Core downgrade approved"),("DOWNGRADE_REJECTED","Core downgrade rejected"),("PROPOSAL_REJECTED","Proposal rejected"),("SECRECY_REVIEW_CLEARED","Secrecy review cleared"),("RETIRED","Retired"),("UPLOAD_EXPIRED","Upload expired"),("EXPORTED","Catalogue exported"),("PROFILE_UPDATED","Organisation profile updated")]), when("action",[("REGISTERED","登记"),("UPDATED","更新"),("GRADING_PENDING","待定级"),("REVIEWED","审核"),("DOWNGRADE_REQUESTED","申请核心数据降级"),("DOWNGRADE_APPROVED","核心数据降级已批准"),("DOWNGRADE_REJECTED","核心数据降级已驳回"),("PROPOSAL_REJECTED","驳回提议"),("SECRECY_REVIEW_CLEARED","保密审查解除"),("RETIRED","退役"),("UPLOAD_EXPIRED","上传已过期"),("EXPORTED","导出目录"),("PROFILE_UPDATED","更新组织信息")]), "String action")

# The first bundle is full (300 messages): labels added since issue 15 items 4 and 5 go here ({lbl:key}).
bundle("lbl", "LabelMessages", "Labels added since issue 15 items 4 and 5 (the msg bundle is full)")
m("bulk_heading","Confirm several general grades at once","批量确认一般数据定级")
m("bulk_intro","Tick the general grades awaiting review that you have checked, give one justification and confirm them together. Each is confirmed on its own: a refusal does not undo the others.","勾选已核实的待审核一般数据定级，填写一条确认理由后一并确认。每项资产单独确认，某项被拒绝不影响其他资产。")
m("bulk_pick","Confirm","确认")
m("bulk_pick_asset","Confirm the grade of {name}","确认“{name}”的定级","String name")
m("bulk_justification","Justification for every ticked grade","确认理由（适用于所有勾选项）")
m("bulk_submit","Confirm the ticked grades","确认所勾选的定级")
m("bulk_none_eligible","No general grade awaiting review on this page can be confirmed together.","本页没有可批量确认的待审核一般数据定级。")
m("bulk_result","Confirmed: {confirmed}. Not confirmed: {refused}.","已确认：{confirmed} 项。未确认：{refused} 项。","Object confirmed, Object refused")
m("bulk_refused_heading","Not confirmed","未确认的资产")
m("bulk_refusal", when("type",[("not-found","not found in your organisation"),("four-eyes","you registered it: another reviewer must decide"),("not-awaiting-review","no longer awaiting review"),("asset-retired","retired"),("conflict","a core downgrade awaits a second reviewer"),("stale-version","changed meanwhile: open it and review it again")]), when("type",[("not-found","在本组织中未找到"),("four-eyes","该资产由您登记，须由其他审核人决定"),("not-awaiting-review","已不再待审核"),("asset-retired","已退役"),("conflict","核心数据降级正等待第二位审核人复核"),("stale-version","期间已被修改，请打开后重新审核")]), "String type")
m("categories_legend","Categories (from the glossary)","类别（取自分类术语表）")
m("categories_glossary_missing","The glossary could not be read: type the category ids, separated by commas.","无法读取分类术语表：请输入类别标识，以逗号分隔。")
m("categories_not_in_glossary","not in the current glossary","不在当前术语表中")
m("col_claim","Claim","认领")
m("claim_button","Claim","认领")
m("claim_button_asset","Claim {name} for review","认领“{name}”进行审核","String name")
m("release_button","Release","释放")
m("release_button_asset","Release your claim on {name}","释放对“{name}”的认领","String name")
m("claimed_by","Claimed by {name} until {until}","认领人：{name}，至 {until}","String name, String until")
m("claimed_by_you","Claimed by you until {until}","已由您认领，至 {until}","String until")
m("claim_none","Not claimed","未认领")
m("claim_taken","Already claimed by {name}: another reviewer is on it. The claim does not stop you deciding; check with {name} first.","已由 {name} 认领：另一位审核人正在处理。认领不妨碍您作出决定，请先与 {name} 沟通。","String name")
m("claim_taken_unknown","Already claimed by another reviewer, who is on it.","已由另一位审核人认领，正在处理。")
m("review_notice", when("notice",[("claimed","You claimed the asset: the other reviewers see that you are on it."),("released","You released your claim.")]), when("notice",[("claimed","您已认领该资产，其他审核人可以看到您正在处理。"),("released","您已释放认领。")]), "String notice")
m("filter_department","Department (exact name)","部门（完整名称）")
m("filter_province","Province (exact name)","省份（完整名称）")
m("chart_trend","Registered over the last 12 months, and how many are important or core","近 12 个月登记的资产及其中重要、核心数据数量")
m("chart_departments","Assets per department (top 20)","按部门统计（前 20 个）")
m("chart_provinces","Assets per province (top 20)","按省份统计（前 20 个）")
m("series_registered","Registered","登记数")
m("series_important","Important","重要")
m("series_core","Core","核心")
m("series_other","Other levels","其他级别")
m("col_month","Month","月份")
m("col_department","Department","部门")
m("col_province","Province","省份")
m("col_total","All assets","资产总数")
m("ae_link","Edit the description and lineage","编辑描述和数据血缘")
m("ae_title","Edit {name}","编辑“{name}”","String name")
m("ae_intro","Change the description and the assets this one is derived from. Saving replaces the lineage with the sources listed here; the filing fields stay as they are (they have their own form on the asset page).","修改资产描述及其来源资产。保存后，数据血缘将替换为此处列出的来源；备案字段保持不变（可在资产页面的备案表单中修改）。")
m("ae_descriptor","Description","资产描述")
m("ae_lineage","Lineage: the assets this one is derived from","数据血缘：本资产的来源资产")
m("ae_methods_help","Copied, extracted and fused data keep the source's grade as a floor; de-identified data and statistics may go below it only with a reviewer's justification.","复制、抽取和融合的数据不得低于来源资产的级别；去标识化数据和统计数据须经审核人说明理由方可低于来源级别。")
m("ae_no_sources","No sources recorded.","暂无来源记录。")
m("ae_remove_source","Remove {name} from the lineage","从数据血缘中移除“{name}”","String name")
m("ae_add","Add a source","添加来源")
m("ae_add_id","Asset id","资产标识")
m("ae_add_pick","or choose one of your organisation's assets","或选择本组织的资产")
m("ae_add_none","(none)","（不选）")
m("ae_method","Method","方式")
m("ae_submit","Save the changes","保存修改")
m("ae_cancel","Back to the asset","返回资产页面")
m("ae_errors_heading","The changes were not saved:","修改未保存：")
m("ae_add_row","Source to add {n}","待添加来源 {n}","int n")
m("ae_source_row","Source {name}","来源“{name}”","String name")
m("ae_problem", when("code",[("not-an-id","not an asset id (a UUID such as 4b0c2a9e-1111-4c3b-9a53-0a6d2b8b1c01)."),("method-missing","choose how this asset was derived from it."),("no-such-asset","no such asset in your organisation, or it is this asset itself.")]), when("code",[("not-an-id","不是资产标识（应为 UUID，例如 4b0c2a9e-1111-4c3b-9a53-0a6d2b8b1c01）。"),("method-missing","请选择本资产由该来源产生的方式。"),("no-such-asset","本组织中没有该资产，或该资产就是本资产。")]), "String code")
m("ae_conflict", when("type",[("stale-version","Someone changed this asset after you opened the form, so your changes were not saved (they are kept below). Open the asset again to see what changed, then edit it again."),("lineage-floor","These sources would put the grade below a source it was copied, extracted or fused from, and such data never goes below its source. Keep that source, or change its method only if the data really was de-identified or aggregated."),("asset-retired","The asset is retired: it can no longer be changed.")], False), when("type",[("stale-version","您打开表单后，该资产已被他人修改，因此您的修改未保存（已保留在下方）。请重新打开资产查看变更后再编辑。"),("lineage-floor","这些来源会使定级低于被复制、抽取或融合的来源资产，而此类数据不得低于其来源级别。请保留该来源；仅当数据确已去标识化或统计汇总时才更改其方式。"),("asset-retired","该资产已退役，不能再修改。")], False), "String type")
m("ae_open_asset","Open the asset","打开资产")

# Quarkus 3.33.2's MessageBundleProcessor.implementResolve cuts the generated resolve() of a bundle into chunks of
# 300 messages (a constant in the processor, not configurable). Read from its bytecode, the message at each cut is
# skipped (301 messages boot, but the 301st would be missing from resolve()); a second chunk that is not empty fails
# at boot: with 310 messages, "VerifyError: Bad type on operand stack" in
# ConsoleMessages_Bundle.ConsoleMessages_Bundle_resolve_0 (tried 2026-11-29). So no bundle may hold more than 300:
# start another bundle (bundle(...) above) rather than shortening texts; each bundle is its own interface and
# namespace ({msg:...}, {lbl:...}).
for name, (interface, what, messages) in BUNDLES.items():
    assert len(messages) <= 300, "bundle %s: %d messages, at most 300 (start another bundle)" % (name, len(messages))

SOURCE = hashlib.sha256(open(__file__, 'rb').read()).hexdigest()
outputs = {}
for name, (interface, what, messages) in BUNDLES.items():
    java = ['package cn.energydata.console.ui;', '',
     'import io.quarkus.qute.i18n.Message;', 'import io.quarkus.qute.i18n.MessageBundle;', '',
     '/**', ' * %s, in English (the default locale); Chinese in messages/%s_zh.properties.' % (what, name),
     ' * Templates use them as {@code {%s:key}}. Generated from one table by review-console/tools/messages.py, so both' % name,
     ' * languages always have the same keys. Do not edit: edit the script and run it.',
     ' * tools/messages.py sha256: ' + SOURCE, ' */',
     '@MessageBundle(value = "%s", locale = "en")' % name, 'public interface %s {' % interface, '']
    for k,(params,en,zh) in messages.items():
        java.append('    @Message(%s)' % json.dumps(en, ensure_ascii=False))
        java.append('    String %s(%s);' % (k, params))
        java.append('')
    java[-1] = '}'
    props = ['# Chinese interface text (generated with %s.java by tools/messages.py: edit both there).' % interface,
     '# tools/messages.py sha256: ' + SOURCE]
    for k,(params,en,zh) in messages.items():
        props.append('%s=%s' % (k, zh))
    outputs['src/main/java/cn/energydata/console/ui/%s.java' % interface] = '\n'.join(java)+'\n'
    outputs['src/main/resources/messages/%s_zh.properties' % name] = '\n'.join(props)+'\n'
if '--check' in sys.argv:
    import os
    drifted = [path for path, text in outputs.items()
               if not os.path.exists(path) or open(path, encoding='utf-8').read() != text]
    if drifted:
        print('out of date (run python3 tools/messages.py): ' + ', '.join(drifted))
        sys.exit(1)
    print('up to date')
else:
    for path, text in outputs.items():
        open(path, 'w', encoding='utf-8').write(text)
    print(', '.join('%s: %d' % (n, len(b[2])) for n, b in BUNDLES.items()))
