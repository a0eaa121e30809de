"""Refuse a zip bomb before inflating it: a .docx is a zip whose parts python-docx inflates
into memory, so a 2 MB file declaring gigabytes must be stopped from its directory alone.

The declared sizes bound what is inflated: Python's zipfile stops each member at its declared
size (and fails its checksum if the data claims more), so checking them is enough.
"""

from __future__ import annotations

import io
import zipfile

from translator_gui.core.model import InputError

# A 20,000-paragraph report inflates to some 30 MB of XML; its images are stored about as
# compressed as they come. These bounds leave room for ten times that.
MAX_TOTAL_INFLATED = 400 * 1024 * 1024
MAX_MEMBER_INFLATED = 200 * 1024 * 1024
MAX_MEMBERS = 20_000
# XML compresses 10-30 times; 100 is already rare, 200 only comes from padding.
MAX_RATIO = 200
_RATIO_APPLIES_ABOVE = 8 * 1024 * 1024


def check_zip_sizes(data: bytes, path: str) -> None:
    """InputError if the zip in `data` is damaged or would inflate beyond sane bounds."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise InputError(path, "not a readable Word (.docx) file — it may be damaged, or an old "
                               ".doc saved with a .docx name (not a zip package)") from None
    except (ValueError, OSError, EOFError) as error:
        raise InputError(path, f"the Word file is damaged (broken zip structure: {error})") from None
    with archive:
        members = archive.infolist()
        if len(members) > MAX_MEMBERS:
            raise InputError(path, f"the Word file holds {len(members):,} parts, more than a "
                                   f"document has: refused as unsafe (a zip bomb?)")
        total = 0
        for member in members:
            total += member.file_size
            if member.file_size > MAX_MEMBER_INFLATED:
                raise InputError(path, f"the part {member.filename} would inflate to "
                                       f"{member.file_size / 1_048_576:,.0f} MB: refused as "
                                       f"unsafe (a zip bomb?)")
            ratio = member.file_size / max(member.compress_size, 1)
            if member.file_size > _RATIO_APPLIES_ABOVE and ratio > MAX_RATIO:
                raise InputError(path, f"the part {member.filename} is compressed {ratio:,.0f} "
                                       f"times: refused as unsafe (a zip bomb?)")
        if total > MAX_TOTAL_INFLATED:
            raise InputError(path, f"the Word file would inflate to {total / 1_048_576:,.0f} MB: "
                                   f"refused as unsafe (a zip bomb?)")
