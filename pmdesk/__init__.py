"""pmdesk: product and project planning over one .pmdb file."""

__version__ = "0.1.0"
