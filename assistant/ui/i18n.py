"""Vietnamese for the strings that Gradio's own components show (it ships no Vietnamese).

Given for every browser language we expect, so that the interface reads the same whatever
the browser is set to. Keys are Gradio's frontend translation keys.
"""

from __future__ import annotations

from typing import Any

VIETNAMESE: dict[str, str] = {
    "upload_text.click_to_upload": "Bấm để chọn tệp",
    "upload_text.drop_file": "Kéo thả tệp vào đây",
    "upload_text.drop_image": "Kéo thả ảnh vào đây",
    "upload_text.paste_clipboard": "Dán từ bộ nhớ tạm",
    "common.or": "hoặc",
    "common.clear": "Xóa",
    "common.download": "Tải về",
    "common.download_all": "Tải tất cả",
    "common.empty": "Trống",
    "common.error": "Lỗi",
    "common.loading": "Đang tải",
    "common.remove": "Bỏ",
    "common.settings": "Cài đặt",
    "common.submit": "Gửi",
    "common.undo": "Hoàn tác",
    "common.edit": "Sửa",
    "common.language": "Ngôn ngữ",
    "common.display_theme": "Giao diện sáng/tối",
    "common.progress": "Tiến độ",
    "chatbot.like": "Hữu ích",
    "chatbot.dislike": "Chưa tốt",
    "chatbot.clear": "Xóa cuộc trò chuyện",
    "chatbot.copy_message": "Sao chép",
    "chatbot.copied_message": "Đã sao chép",
    "chatbot.retry": "Thử lại",
    "chatbot.cancel": "Hủy",
    "chatbot.submit": "Gửi",
    "chat_interface.conversation": "Cuộc trò chuyện",
    "errors.use_via_api": "Dùng qua API",
    "errors.use_via_api_or_mcp": "Dùng qua API",
    "errors.build_error": "ứng dụng gặp lỗi khi khởi tạo",
    "errors.config_error": "ứng dụng gặp lỗi cấu hình",
    "errors.runtime_error": "ứng dụng gặp lỗi khi chạy",
    "file.uploading": "Đang tải lên…",
    "blocks.lost_connection": "Mất kết nối do rời trang. Đang kết nối lại…",
    "blocks.waiting_for_inputs": "Đang chờ tải tệp lên xong, vui lòng thử lại.",
    "login.login": "Đăng nhập",
    "login.username": "tên đăng nhập",
    "login.password": "mật khẩu",
    "login.incorrect_credentials": "Sai tên đăng nhập hoặc mật khẩu",
    "status.queue_position": "Đang xếp hàng: {position}/{size}",
    "dataframe.sort_column": "Sắp xếp cột",
    "dataframe.sort_ascending": "Sắp xếp tăng dần",
    "dataframe.sort_descending": "Sắp xếp giảm dần",
    "dataframe.clear_sort": "Bỏ sắp xếp",
    "dataframe.clear_filter": "Bỏ lọc",
}
LOCALES = ("vi", "en", "en-US", "en-GB", "fr", "de", "zh-CN", "ja", "ko", "ru")


def gradio_i18n() -> Any:
    """A ``gr.I18n`` that shows Gradio's own strings in Vietnamese in every listed locale."""
    import gradio as gr

    return gr.I18n(**{locale: dict(VIETNAMESE) for locale in LOCALES})
