"""Pixel helpers for printing tests (a module of its own: test files cannot import conftest)."""

import numpy
from PySide6.QtGui import QImage


def grey(image: QImage) -> numpy.ndarray:
    image = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height, stride = image.width(), image.height(), image.bytesPerLine()
    data = numpy.frombuffer(image.constBits(), numpy.uint8, stride * height).reshape(height, stride)
    return data[:, :width].astype(int)


def different(a: numpy.ndarray, b: numpy.ndarray, threshold: int = 80) -> float:
    """The share of pixels whose grey differs by more than ``threshold`` (of 255)."""
    assert a.shape == b.shape
    return float((abs(a - b) > threshold).mean())
