"""Downloadable speech models: the catalog and a resumable, verified downloader."""

from app.models.catalog import (
    DEFAULT_CATALOG,
    Catalog,
    CatalogModel,
    ModelFile,
    default_catalog,
    recommended_voice,
)
from app.models.download import DownloadError, DownloadProgress, download, download_model

__all__ = [
    "DEFAULT_CATALOG",
    "Catalog",
    "CatalogModel",
    "DownloadError",
    "DownloadProgress",
    "ModelFile",
    "default_catalog",
    "download",
    "download_model",
    "recommended_voice",
]
