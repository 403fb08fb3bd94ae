import ZoomKit
