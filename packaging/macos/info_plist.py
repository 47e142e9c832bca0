"""Info.plist keys of pmdesk.app beyond what PyInstaller writes: the .pmdb document type.

UTExportedTypeDeclarations declares the type (pmdesk owns it; it conforms to public.data and
public.database like other SQLite files); CFBundleDocumentTypes makes pmdesk its editor, so a
double-click in Finder opens the plan (it arrives as a QFileOpenEvent, see pmdesk/ui/app.py).
"""

from __future__ import annotations

PLAN_UTI = "org.pmdesk.plan"


def info_plist(version: str) -> dict:
    return {
        "CFBundleName": "pmdesk",
        "CFBundleDisplayName": "pmdesk",
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "NSHighResolutionCapable": True,
        "NSHumanReadableCopyright": "GNU GPL version 3 or later",
        "LSApplicationCategoryType": "public.app-category.productivity",
        "LSMinimumSystemVersion": "11.0",
        "CFBundleDocumentTypes": [
            {
                "CFBundleTypeName": "pmdesk plan",
                "CFBundleTypeRole": "Editor",
                "LSHandlerRank": "Owner",
                "LSItemContentTypes": [PLAN_UTI],
                "CFBundleTypeIconFile": "pmdesk-document.icns",
            }
        ],
        "UTExportedTypeDeclarations": [
            {
                "UTTypeIdentifier": PLAN_UTI,
                "UTTypeDescription": "pmdesk plan",
                "UTTypeConformsTo": ["public.data", "public.database"],
                "UTTypeIconFile": "pmdesk-document.icns",
                "UTTypeTagSpecification": {
                    "public.filename-extension": ["pmdb"],
                    "public.mime-type": ["application/x-pmdesk-plan"],
                },
            }
        ],
    }
