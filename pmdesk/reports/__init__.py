"""Reports built from a plan: the status report (statusreport.py) as HTML and PDF."""
