"""stitched."""
