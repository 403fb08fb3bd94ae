import ZoomKit

enum ZoomKitVersion {
    static var text: String { ZoomKit.version }
}
