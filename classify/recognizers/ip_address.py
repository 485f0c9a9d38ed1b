"""IP_ADDRESS — IPv4 dotted quads (RFC 791) and IPv6 text forms (RFC 4291 §2.2, RFC 5952).

Octets are range-checked by the pattern. Version numbers (``版本 2.1.0.3``) are told apart
by context (版本, 升级到, build, ver, firmware, fw=; 版 right after), ``v1.2.3.4`` by the letter glued before
it (only ``IP`` may be glued), ``client/2.3.1.4`` by a name and a slash before it, ``Apache Tomcat
8.5.19.243`` by a software product's name before it; a quad starting 1-12 but not 10
(``4.1.5.160``, ``3.27.93.162``) needs an address word.
"""

from __future__ import annotations

import ipaddress
import re

from presidio_analyzer import Pattern

from classify.recognizers._base import CnPatternRecognizer, Span

_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
_H = r"[0-9A-Fa-f]{1,4}"
# a software product's name right before the number is its version (Apache Tomcat 8.5.19.243, OpenSSH
# 7.4.1.2); names that also name hosts (mysql, redis …) are left out: "mysql 10.1.2.3" is a server
_PRODUCT_BEFORE = re.compile(
    r"(?<![a-z])(?:tomcat|nginx|openssh|openssl|apache|httpd|jdk|jre|java|python|php|weblogic|jboss|struts2?|"
    r"spring|log4j|jenkins|gitlab|centos|ubuntu|windows|chrome|firefox|vmware|esxi|iis)[ ]?v?\Z", re.IGNORECASE)


# A quad whose first number is up to 12 but not 10 (4.1.5.160, 11.3.1.31, 3.27.93.162) reads as a
# version far more often than as an address in a Zhejiang government's text: its internal addresses
# are 10/172/192 and its public ones Chinese blocks, while 2-9, 11 and 12 are American and European
# blocks and software's major versions are small. None of the labelled IPv4 addresses of the tuning
# sets is so shaped, against 231 versions (first up to 12, the rest up to 99: set 24's 6.9.89.65,
# 3.27.93.162). Such a quad needs an address word (ip, 主机, src …) to be reported; 10.x.y.z is left out.
_VERSION_SHAPED_SCORE = 0.4


def _version_shaped(value: str) -> bool:
    parts = value.split(".")
    if len(parts) != 4:
        return False  # IPv6
    first = int(parts[0])
    return first <= 12 and first != 10


class IpAddressRecognizer(CnPatternRecognizer):
    ENTITY = "IP_ADDRESS"
    REFERENCE = "RFC 791 (IPv4), RFC 4291 §2.2 and RFC 5952 (IPv6 text)"
    TRIGGER = r"\d\.\d|[0-9A-Fa-f]:"
    PATTERNS = (
        # not after a product's name and a slash (client/2.3.1.4, a User-Agent's version)
        Pattern("ipv4", r"(?:(?<![0-9A-Za-z./])|(?<=IP)|(?<=ip)|(?<=[^A-Za-z]/)|(?<=^/))" + _OCTET + r"(?:\." + _OCTET + r"){3}(?![0-9A-Za-z]|\.\d)", 0.6),
        Pattern(
            "ipv6",
            # not inside a longer address (a hex digit and a colon before), but after a label's colon (IP：240e:…)
            r"(?<![0-9A-Za-z])(?<![0-9A-Fa-f]:)(?<!::)(?:" + _H + r"(?::" + _H + r"){7}|(?:" + _H + r":){1,7}:(?:" + _H + r"(?::" + _H + r"){0,6})?|::" + _H + r"(?::" + _H + r"){0,6})(?![0-9A-Za-z:])",
            0.6,
        ),
    )
    VALIDATED_SCORE = 0.6
    CONTEXT = ("ip", "地址", "登录", "访问", "来源", "客户端", "主机", "服务器", "登錄", "訪問", "來源", "客戶端", "伺服器",
               "src", "dst", "host", "remote", "peer", "dns", "gateway", "网关")
    # " ver " with its blanks: ver: and ver= occur inside server: and server=
    NEGATIVE_CONTEXT = ("版本", "version", "ver.", " ver ", "固件", "补丁", "版本號", "升级", "升級", "更新至", "更新到", "build",
                        "release", "内核", "firmware", "fw=", "fw:", " fw ", "patch", "sdk", "韌體", "版号", "&v=", "?v=")
    # 4.2.10.3版, 系统4.8.25.70上线 — not 版本 after a blank: the next field's label (登录IP 10.1.2.3 版本R2023.04)
    NEGATIVE_RIGHT_REGEX = r"(?: ?版(?!本)|-beta|-rc|-release|上线|发布)"
    CONTEXT_LEFT = 12  # firmware 7.10.6.147: the word and its blank

    def spans(self, norm: str) -> list[Span]:
        return [(s, e, _VERSION_SHAPED_SCORE if _version_shaped(norm[s:e]) else sc) for s, e, sc in super().spans(norm)
                if _PRODUCT_BEFORE.search(norm, max(0, s - 14), s) is None]

    def validate_result(self, pattern_text: str) -> bool | None:
        try:
            ipaddress.ip_address(pattern_text)
        except ValueError:
            return False
        return True
